import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { AnsweredItem } from '@/lib/views/step';
import { firstQuestionHref } from '@/lib/addresses/urls';
import { formatAnswer } from './format-answer';

export interface AnswerSummaryProps {
  locale: Locale;
  answered: readonly AnsweredItem[];
}

/** "Your answers": each answer with a Change link that returns to its question, and Start again. */
export async function AnswerSummary({ locale, answered }: AnswerSummaryProps) {
  const t = await getTranslations({ locale });
  if (answered.length === 0) return null;
  return (
    <section aria-labelledby="your-answers" className="mt-10 rounded-lg border border-slate-200 p-5">
      <h2 id="your-answers" className="text-lg font-semibold">
        {t('wizard.yourAnswers')}
      </h2>
      <dl className="mt-3 divide-y divide-slate-200 text-sm">
        {answered.map(({ question, value, changeHref }) => {
          const title = t(`assessment.questions.${question.id}.title`);
          return (
            <div key={question.id} className="answer-row">
              <dt className="font-medium text-slate-700">{title}</dt>
              <dd>{formatAnswer(t, question, value)}</dd>
              <dd className="no-print">
                <Link href={changeHref} className="text-link" aria-label={t('wizard.changeAnswer', { question: title })}>
                  {t('wizard.change')}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="no-print mt-3 text-sm">
        <Link href={firstQuestionHref(locale)} className="text-link">
          {t('wizard.startAgain')}
        </Link>
      </p>
    </section>
  );
}

/**
 * The result page's answers: each question and answer as text, and one link to change them, which opens the last
 * question: it lists every earlier answer with its own Change link (so the result page stays light).
 */
export async function AnswerDigest({ locale, answered }: AnswerSummaryProps) {
  const t = await getTranslations({ locale });
  if (answered.length === 0) return null;
  return (
    <>
      <dl className="mt-2 text-sm">
        {answered.map(({ question, value }) => (
          <div key={question.id} className="mt-1">
            {t.rich('decision.details.answerLine', {
              question: t(`assessment.questions.${question.id}.title`),
              answer: formatAnswer(t, question, value),
              q: (chunks) => <dt className="inline font-medium text-slate-700">{chunks}</dt>,
              a: (chunks) => <dd className="inline">{chunks}</dd>,
            })}
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        <Link href={answered.at(-1)!.changeHref} className="text-link">
          {t('decision.details.changeAnswers')}
        </Link>
      </p>
    </>
  );
}
