import type { getTranslations } from '@/lib/i18n/translator';
import type { Plan } from '@/lib/assessment/plan';
import { DATE_PARAMS, datesAsked } from '@/lib/wizard/calendar';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export interface ResultPlanProps {
  t: Translate;
  plan: Plan;
  /** The result's calendar file, offered when the plan holds dated duties; null in the printout. */
  calendarHref: string | null;
}

/** The next steps as one plan in stage order, and the deadlines as a calendar to download (a plain GET form that says what each date adds). */
export function ResultPlan({ t, plan, calendarHref }: ResultPlanProps) {
  const asked = datesAsked(plan);
  return (
    <section aria-labelledby="plan" className="mt-8">
      <h2 id="plan" className="text-xl font-semibold">
        {t('decision.plan.title')}
      </h2>
      <ol className="mt-3 space-y-4">
        {plan.stages.map((stage) => (
          <li key={stage.id} data-stage={stage.id}>
            <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-800">{t(`decision.plan.stages.${stage.id}`)}</h3>
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-800">
              {stage.steps.map((step) => (
                <li key={step.id}>{t(`decision.plan.steps.${step.id}`)}</li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {plan.stopsAtDecision && <p className="mt-3 text-sm text-slate-700">{t('decision.plan.stopsAtDecision')}</p>}
      {calendarHref && asked.length > 0 && (
        <form method="get" action={calendarHref} id="calendar" className="no-print mt-4 rounded-md border border-slate-200 p-4 text-sm">
          <h3 className="font-semibold">{t('decision.calendar.title')}</h3>
          <p className="mt-1 text-slate-700">{t('decision.calendar.lead')}</p>
          <div className="mt-2 space-y-3">
            {asked.map((d) => (
              <div key={d}>
                <label htmlFor={`calendar-${d}`} className="font-medium">
                  {t(`decision.calendar.${d}`)}
                </label>
                <p id={`calendar-${d}-help`} className="text-slate-700">
                  {t(`decision.calendar.help.${d}`)}
                </p>
                <input
                  id={`calendar-${d}`}
                  type="date"
                  name={DATE_PARAMS[d]}
                  // The one date a result's deadlines count from is needed; of two, either dates something.
                  required={asked.length === 1}
                  aria-describedby={`calendar-${d}-help`}
                  className="mt-1 rounded border border-slate-400 px-2 py-1"
                />
              </div>
            ))}
          </div>
          <button type="submit" className="mt-3 rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t('decision.calendar.download')}
          </button>
        </form>
      )}
    </section>
  );
}
