import { Link } from '@/components/link';
import { getTranslations } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import type { AnsweredItem } from '@/lib/wizard/step';
import { firstQuestionHref } from '@/lib/wizard/urls';
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
      <h2 id="your-answers" className="text-lg font-semibold text-slate-900">
        {t('wizard.yourAnswers')}
      </h2>
      <dl className="mt-3 divide-y divide-slate-200">
        {answered.map(({ question, value, changeHref }) => {
          const title = t(`assessment.questions.${question.id}.title`);
          return (
            <div key={question.id} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
              <dt className="text-sm font-medium text-slate-700">{title}</dt>
              <dd className="text-sm text-slate-900">{formatAnswer(t, question, value)}</dd>
              <dd className="no-print text-sm">
                <Link href={changeHref} className="text-brand-800 underline" aria-label={t('wizard.changeAnswer', { question: title })}>
                  {t('wizard.change')}
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="no-print mt-3 text-sm">
        <Link href={firstQuestionHref(locale)} className="text-brand-800 underline">
          {t('wizard.startAgain')}
        </Link>
      </p>
    </section>
  );
}
