import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import type { InvalidView } from '@/lib/views/step';
import { AnswerSummary } from './answer-summary';

/** Shown (with status 400) when a link carries answers that cannot be read. */
export async function InvalidAnswers({ locale, view }: { locale: Locale; view: InvalidView }) {
  const t = await getTranslations({ locale });
  const questionTitle = (id: string) =>
    t.has(`assessment.questions.${id}.title`) ? t(`assessment.questions.${id}.title`) : t('result.unknownQuestion');
  return (
    <>
      <PageHeading title={t('result.invalidTitle')} lead={t('result.invalidLead')} />
      <div role="alert" className="mt-6 rounded-md border-2 border-red-700 bg-red-50 p-4">
        <h2 className="font-semibold text-red-800">{t('wizard.errorSummaryTitle')}</h2>
        <ul className="mt-2 space-y-2">
          {view.issues.map((issue) => (
            <li key={`${issue.question}-${issue.code}`}>
              <span className="text-red-900">
                {t('result.invalidIssue', { question: questionTitle(issue.question), problem: t(`wizard.errors.${issue.code}`) })}
              </span>
              {issue.fixHref && (
                <Link href={issue.fixHref} className="ml-2 font-semibold text-red-800 underline">
                  {t('result.fixAnswer')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="mt-6">
        <Link href={view.startHref} className="btn-secondary">
          {t('wizard.startAgain')}
        </Link>
      </p>
      <AnswerSummary locale={locale} answered={view.answered} />
    </>
  );
}
