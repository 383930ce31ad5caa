import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface EnquirySentProps {
  locale: Locale;
  /** The enquiry's reference, when the address carried one in the store's shape. */
  reference: string | null;
}

/** The confirmation page's body: the reference, what happens next, and the ways back into the site. */
export async function EnquirySent({ locale, reference }: EnquirySentProps) {
  const t = await getTranslations({ locale, namespace: 'enquiry' });
  const site = getSite();
  return (
    <>
      <PageHeading title={t('sentTitle')} />
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
    </>
  );
}
