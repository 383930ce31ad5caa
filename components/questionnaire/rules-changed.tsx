import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import type { LegacyResultView } from '@/lib/views/result';
import { AnswerSummary } from './answer-summary';

export interface RulesChangedProps {
  locale: Locale;
  view: Extract<LegacyResultView, { kind: 'outdated' }>;
}

/** A link that names a ruleset version this site does not have: the answers kept, and a re-check under the current rules. */
export async function RulesChanged({ locale, view }: RulesChangedProps) {
  const t = await getTranslations({ locale });
  return (
    <>
      <PageHeading title={t('result.outdatedTitle')} lead={t('result.outdatedLead')} />
      <Link href={view.recheckHref} className="btn-primary mt-6">
        {t('result.recheck')}
      </Link>
      <AnswerSummary locale={locale} answered={view.answered} />
    </>
  );
}
