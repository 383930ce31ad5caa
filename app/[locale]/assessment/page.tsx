import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { firstQuestionHref } from '@/lib/wizard/urls';
import { PageShell } from '@/components/page-shell';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/assessment', 'wizard.startTitle', 'wizard.startLead', true);
}

export default async function AssessmentStartPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'wizard' });
  return (
    <PageShell locale={locale} path="/assessment">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('startTitle')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('startLead')}</p>
      <h2 className="mt-8 text-xl font-semibold text-slate-900">{t('whatTitle')}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
        <li>{t('what1')}</li>
        <li>{t('what2')}</li>
        <li>{t('what3')}</li>
        <li>{t('what4')}</li>
      </ul>
      <p className="mt-4 text-slate-700">{t('howLong')}</p>
      <p className="mt-2 text-slate-700">{t('privacy')}</p>
      <p role="note" className="mt-4 rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-slate-800">
        {t('guidance')}
      </p>
      <Link href={firstQuestionHref(locale)} className="btn-primary mt-8">
        {t('start')}
      </Link>
    </PageShell>
  );
}
