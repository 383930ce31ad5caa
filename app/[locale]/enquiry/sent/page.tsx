import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { messageMetadata } from '@/lib/seo';
import { getSite } from '@/lib/content/site';
import { PageShell } from '@/components/page-shell';
import { confirmedReference } from '@/lib/enquiries/sent';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ ref?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/enquiry/sent', 'enquiry.sentTitle', 'enquiry.sentMetaDescription', true);
}

export default async function EnquirySentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'enquiry' });
  // Shown only when stored; the page is otherwise the same for a guessed reference (lib/enquiries/sent.ts).
  const reference = await confirmedReference((await searchParams).ref);
  const site = getSite();
  return (
    <PageShell locale={locale} path="/enquiry/sent" query={reference ? `ref=${reference}` : undefined}>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('sentTitle')}</h1>
      {reference && (
        <p className="mt-6 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-5 text-slate-800">
          {t('sentReference')} <strong className="font-mono text-xl tracking-wide">{reference}</strong>
          <span className="mt-1 block text-sm text-slate-600">{t('sentReferenceHint')}</span>
        </p>
      )}
      <h2 className="mt-8 text-2xl font-semibold text-slate-900">{t('nextTitle')}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-slate-800">
        <li>{t('next1')}</li>
        <li>{t('next2', { days: site.enquiries.replyWithinWorkingDays })}</li>
        <li>{t('next3', { phone: site.phone, hours: site.officeHours[locale] })}</li>
      </ol>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link href={localePath(locale, '')} className="btn-primary">
          {t('sentBack')}
        </Link>
        <Link href={localePath(locale, '/guides')} className="btn-secondary">
          {t('sentGuides')}
        </Link>
      </p>
    </PageShell>
  );
}
