import type { getTranslations } from 'next-intl/server';
import type { Plan } from '@/lib/assessment/plan';
import { datesAsked } from '@/lib/calendar/calendar';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export interface ResultPlanProps {
  t: Translate;
  plan: Plan;
  /** The result's plan page (durations, dates and the calendar file); null in the printout. */
  planHref: string | null;
}

/** The next steps as one plan in stage order, with links to the plan in time and to the deadlines as a calendar (its own page). */
export function ResultPlan({ t, plan, planHref }: ResultPlanProps) {
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
      {planHref && (
        <p className="no-print mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={planHref} className="font-semibold text-brand-800 underline">
            {t('decision.plan.inTime')}
          </a>
          {datesAsked(plan).length > 0 && (
            <a href={`${planHref}#calendar`} className="text-brand-800 underline">
              {t('decision.calendar.title')}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
