import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { ContactDetails } from '@/components/contact-details';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: '/contact', title: t('contact.title'), description: t('contact.lead'), siteName: t('meta.siteName') });
}

export default async function ContactPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'contact' });
  return (
    <PageShell locale={locale} path="/contact">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      <div className="mt-8">
        <ContactDetails locale={locale} />
      </div>
    </PageShell>
  );
}
