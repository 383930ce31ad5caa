import type { getTranslations } from '@/lib/i18n/translator';
import { datedSteps, type Plan } from '@/lib/assessment/plan';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export interface ResultPlanProps {
  t: Translate;
  plan: Plan;
  /** The result's calendar file, offered when the plan holds dated duties. */
  calendarHref: string;
}

/** The next steps as one plan in stage order, and the dated duties as a calendar to download (a plain GET form). */
export function ResultPlan({ t, plan, calendarHref }: ResultPlanProps) {
  const dated = datedSteps(plan);
  return (
    <section aria-labelledby="plan" className="mt-8">
      <h2 id="plan" className="text-xl font-semibold text-slate-900">
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
      {dated.length > 0 && (
        <form method="get" action={calendarHref} className="no-print mt-4 rounded-md border border-slate-200 p-4 text-sm">
          <p className="font-semibold text-slate-900">{t('decision.calendar.title')}</p>
          <p className="mt-1 text-slate-700">{t('decision.calendar.lead')}</p>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            {dated.some((s) => s.schedule.kind === 'after-launch') && (
              <label className="flex flex-col">
                {t('decision.calendar.launch')}
                <input type="date" name="launch" className="mt-1 rounded border border-slate-400 px-2 py-1" />
              </label>
            )}
            {dated.some((s) => s.schedule.kind === 'before-expiry') && (
              <label className="flex flex-col">
                {t('decision.calendar.licensed')}
                <input type="date" name="licensed" className="mt-1 rounded border border-slate-400 px-2 py-1" />
              </label>
            )}
            <button type="submit" className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              {t('decision.calendar.download')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
