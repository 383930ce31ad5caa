import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import { ANSWER_ISSUE_CODES, encodeAnswers, optionIds, type AnswerValue, type Answers } from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { STEP_FIELD, type StepView } from '@/lib/views/step';
import { QuestionForm } from './question-form';
import { AnswerSummary } from './answer-summary';

export interface QuestionStepProps {
  locale: Locale;
  view: Extract<StepView, { kind: 'question' }>;
  action: string;
}

/** Progress, the question form, a Back link and the answers so far. */
export async function QuestionStep({ locale, view, action }: QuestionStepProps) {
  const t = await getTranslations({ locale });
  const { question } = view;
  const base = `assessment.questions.${question.id}`;
  const others: Answers = Object.fromEntries(Object.entries(view.answers).filter(([id]) => id !== question.id));
  const hidden = [...new URLSearchParams(encodeAnswers(others)).entries()] as [string, string][];
  const errorKeys = ['required', 'requiredMulti', ...ANSWER_ISSUE_CODES];
  // Messages about the "none of these" option name the question's own, and none where it has none.
  const exclusive = question.options?.find((o) => o.exclusive)?.id;
  const none = exclusive ? t(`${base}.options.${exclusive}.label`) : '';
  const errorText = (key: string) =>
    key === 'requiredMulti' && !exclusive ? t('wizard.errors.requiredMultiNoNone') : t(`wizard.errors.${key}`, { none });
  return (
    <>
      <div className="no-print">
        {view.backHref && (
          <Link href={view.backHref} className="text-sm text-brand-800 underline">
            ← {t('wizard.back')}
          </Link>
        )}
        <p className="mt-4 text-sm font-medium text-slate-600">{t('wizard.progress', { current: view.position, total: view.total })}</p>
        {/* An SVG bar: its width is an attribute, where a style attribute would need the CSP to allow inline styles. */}
        <svg className="mt-2 block h-2 w-full" aria-hidden="true">
          <rect width="100%" height="100%" rx="4" className="fill-slate-200" />
          <rect width={`${Math.round((view.position / view.total) * 100)}%`} height="100%" rx="4" className="fill-brand-600" />
        </svg>
      </div>
      <QuestionForm
        locale={locale}
        questionId={question.id}
        action={action}
        hidden={hidden}
        initial={toFormValue(view.value)}
        initialError={view.error}
        stepField={STEP_FIELD}
        labels={{
          title: t(`${base}.title`),
          hint: t.has(`${base}.hint`) ? t(`${base}.hint`) : null,
          options: optionIds(question).map((id) => ({
            id,
            label: t.has(`${base}.options.${id}.label`) ? t(`${base}.options.${id}.label`) : t(`wizard.${id}`),
            hint: t.has(`${base}.options.${id}.hint`) ? t(`${base}.options.${id}.hint`) : null,
          })),
          submit: t('wizard.continue'),
          choose: t('wizard.choose'),
          errorSummaryTitle: t('wizard.errorSummaryTitle'),
          errors: Object.fromEntries(errorKeys.map((key) => [key, errorText(key)])),
        }}
      />
      <AnswerSummary locale={locale} answered={view.answered} />
    </>
  );
}

function toFormValue(value: AnswerValue | undefined): string | readonly string[] | null {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}
