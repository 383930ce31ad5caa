import { getTranslations } from 'next-intl/server';
import type { Assumption } from '@/lib/assessment/assumptions';
import type { Locale } from '@/lib/i18n/routing';
import { ChangeList } from './change-list';

export interface AssumptionsProps {
  locale: Locale;
  /** From `assumptions(answers, ruleset)` in lib/assessment/assumptions.ts. */
  assumptions: readonly Assumption[];
  /** Every answer's alternatives open (the printout). */
  expanded?: boolean;
}

/** "What we assumed": each "not sure" answer, the answer assumed, and what each other answer would change. */
export async function Assumptions({ locale, assumptions, expanded = false }: AssumptionsProps) {
  if (assumptions.length === 0) return null;
  const t = await getTranslations({ locale });
  const option = (question: string, id: string) => t(`assessment.questions.${question}.options.${id}.label`);
  return (
    <section aria-labelledby="assumptions" className="mt-10 rounded-lg border border-sky-200 bg-sky-50 p-5">
      <h2 id="assumptions" className="text-2xl font-semibold text-slate-900">
        {t('ruleChanges.assumptions.title')}
      </h2>
      <p className="mt-2 text-slate-800">{t('ruleChanges.assumptions.lead')}</p>
      <ul className="mt-3 space-y-3">
        {assumptions.map((a) => (
          <li key={a.question} className="rounded-md border border-sky-200 bg-white p-3">
            <h3 className="font-semibold text-slate-900">{t(`assessment.questions.${a.question}.title`)}</h3>
            <p className="mt-1 text-slate-800">{t('ruleChanges.assumptions.assumed', { answer: option(a.question, a.assumed) })}</p>
            {a.alternatives.length === 0 ? (
              <p className="mt-1 text-slate-700">{t('ruleChanges.assumptions.noChange')}</p>
            ) : (
              <details className="mt-2" open={expanded}>
                <summary className="cursor-pointer font-medium text-brand-800">{t('ruleChanges.assumptions.otherAnswers')}</summary>
                {a.alternatives.map((alt) => (
                  <div key={alt.value} className="mt-3">
                    <p className="font-medium text-slate-900">
                      {t('ruleChanges.assumptions.if', { answer: option(a.question, alt.value) })}
                    </p>
                    <ChangeList t={t} changes={alt.changes} />
                  </div>
                ))}
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
