import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import type { LegacyResultView } from '@/lib/views/result';
import { AnswerSummary } from './answer-summary';
import { InvalidAnswers } from './invalid-answers';

export interface CannotReadProps {
  locale: Locale;
  view: Extract<LegacyResultView, { kind: 'invalid' | 'incomplete' }>;
}

/** A result link whose answers cannot be read or are not complete (status 400): what to fix, nothing lost. */
export async function CannotRead({ locale, view }: CannotReadProps) {
  if (view.kind === 'invalid') return <InvalidAnswers locale={locale} view={view} />;
  const t = await getTranslations({ locale });
  return (
    <>
      <PageHeading title={t('result.invalidTitle')} />
      <p role="alert" className="mt-4 text-lg text-slate-700">
        {t('result.incompleteIssue', { question: t(`assessment.questions.${view.missing.id}.title`) })}
      </p>
      <Link href={view.continueHref} className="btn-primary mt-6">
        {t('result.continueAssessment')}
      </Link>
      <AnswerSummary locale={locale} answered={view.answered} />
    </>
  );
}
