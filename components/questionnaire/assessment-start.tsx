import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import { firstQuestionHref } from '@/lib/addresses/urls';

export interface AssessmentStartProps {
  locale: Locale;
}

/** The self-assessment's start page: what it covers, how long it takes, what it keeps, and the first question. */
export async function AssessmentStart({ locale }: AssessmentStartProps) {
  const t = await getTranslations({ locale, namespace: 'wizard' });
  return (
    <>
      <PageHeading title={t('startTitle')} lead={t('startLead')} />
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
    </>
  );
}
