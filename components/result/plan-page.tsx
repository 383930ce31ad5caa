import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { CitationList } from '@/components/citation-list';
import { getTranslations } from 'next-intl/server';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import type { PlanPageView } from '@/lib/views/plan-page';
import { verdictLabel } from '@/lib/views/verdict-text';
import { CalendarForm } from './calendar-form';

export interface PlanPageProps {
  locale: Locale;
  view: PlanPageView;
}

/**
 * A plan in time: the structure a way forward sets up first (with what each step rests on), then the applications,
 * launch and after, each step with how long the permit packs say it takes; dated backwards from the target dates the
 * visitor gives (a plain GET form), saying when a target cannot be met.
 */
export async function PlanPage({ locale, view }: PlanPageProps) {
  const t = await getTranslations({ locale });
  const { way, timeline } = view;
  const feature = way?.feature ? t(`assessment.questions.${way.feature.question}.options.${way.feature.option}.label`) : '';
  const date = (day: string) => formatIsoDate(locale, day);
  return (
    <>
      <PageHeading
        title={
          way ? t('decision.planPage.wayTitle', { way: t(`decision.ways.${way.id}.title`, { feature }) }) : t('decision.planPage.title')
        }
        lead={t('decision.planPage.lead')}
      />
      {view.unknownWay && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-slate-800">
          {t('decision.planPage.unknownWay')}
        </p>
      )}
      <p className="mt-2 text-sm text-slate-700">
        {t.rich('decision.planPage.verdict', {
          verdict: verdictLabel(t, view.verdict),
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
        <li>
          <Link href={view.planResultHref} className="text-link">
            {t('decision.planPage.openResult')}
          </Link>
        </li>
        <li>
          <Link href={view.result.href} className="text-link">
            {t('decision.planPage.back')}
          </Link>
        </li>
      </ul>

      <form method="get" action={view.action} className="no-print mt-6 rounded-md border border-slate-200 p-4 text-sm">
        {way && <input type="hidden" name="way" value={way.feature ? `${way.id}.${way.feature.question}.${way.feature.option}` : way.id} />}
        <h2 className="font-semibold">{t('decision.planPage.datesTitle')}</h2>
        <p className="mt-1 text-slate-700">{t('decision.planPage.datesLead')}</p>
        {(['live', 'paid'] as const).map((name) => (
          <div key={name} className="mt-3">
            <label htmlFor={`plan-${name}`} className="font-medium">
              {t(`decision.planPage.${name}`)}
            </label>
            <p id={`plan-${name}-help`} className="text-slate-700">
              {t(`decision.planPage.${name}Help`)}
            </p>
            <input
              id={`plan-${name}`}
              type="date"
              name={name}
              defaultValue={timeline.targets[name] ?? ''}
              aria-describedby={`plan-${name}-help`}
              className="mt-1 rounded border border-slate-400 px-2 py-1"
            />
          </div>
        ))}
        <button type="submit" className="btn-primary mt-3">
          {t('decision.planPage.date')}
        </button>
      </form>

      {timeline.problems.length > 0 && (
        <section aria-labelledby="unreachable" className="mt-6 rounded-lg border-l-8 border-red-700 bg-red-50 p-4">
          <h2 id="unreachable" className="font-semibold text-red-950">
            {t('decision.planPage.unreachableTitle')}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {timeline.problems.map((p) => (
              <li key={p.id}>{t(`decision.planPage.problems.${p.id}`, { date: date('latest' in p ? p.latest : p.start) })}</li>
            ))}
          </ul>
        </section>
      )}

      {timeline.milestones.length > 0 && (
        <section aria-labelledby="milestones" className="mt-6">
          <h2 id="milestones" className="text-xl font-semibold">
            {t('decision.planPage.milestonesTitle')}
          </h2>
          {view.structure.length > 0 && <p className="mt-1 text-sm text-slate-700">{t('decision.planPage.structureBefore')}</p>}
          <ul className="mt-2 space-y-1">
            {timeline.milestones.map((m) => (
              <li key={m.id}>
                <span className="font-semibold">{date(m.by)}</span> {t(`decision.planPage.milestones.${m.id}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="plan-steps" className="mt-8">
        <h2 id="plan-steps" className="text-xl font-semibold">
          {t('decision.plan.title')}
        </h2>
        <ol className="mt-3 space-y-4">
          {view.structure.length > 0 && (
            <li data-stage="structure">
              <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-800">{t('decision.planPage.structureStage')}</h3>
              <p className="mt-1 text-sm text-slate-600">{t('decision.planPage.structureLead')}</p>
              <ol className="mt-1 list-decimal space-y-2 pl-5 text-slate-800">
                {view.structure.map((step) => (
                  <li key={step.id}>
                    {t(`decision.plan.structure.${step.id}`)}
                    {step.citations.length > 0 && (
                      <span className="block text-sm text-slate-600">
                        <CitationList locale={locale} citations={step.citations} />
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </li>
          )}
          {view.plan.stages.map((stage) => (
            <li key={stage.id} data-stage={stage.id}>
              <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-800">{t(`decision.plan.stages.${stage.id}`)}</h3>
              <ol className="mt-1 list-decimal space-y-2 pl-5 text-slate-800">
                {stage.steps.map((step) => (
                  <li key={step.id}>
                    {t(`decision.plan.steps.${step.id}`)}
                    {(view.durations[step.id] ?? []).map((pack) => (
                      <span key={pack.obligation} className="block text-sm text-slate-600">
                        {/* One sentence per language: Chinese puts no space after 。 before the practice. */}
                        {pack.practice
                          ? t('decision.planPage.durationWithPractice', {
                              permit: t(`assessment.obligations.${pack.obligation}.label`),
                              limit: pack.timeLimit.text,
                              practice: pack.practice.text,
                            })
                          : t('decision.planPage.duration', {
                              permit: t(`assessment.obligations.${pack.obligation}.label`),
                              limit: pack.timeLimit.text,
                            })}
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>

      <CalendarForm t={t} plan={view.plan} action={`${view.planResultHref}/calendar.ics`} />

      {view.money.length > 0 && (
        <section aria-labelledby="money" className="mt-8">
          <h2 id="money" className="text-xl font-semibold">
            {t('decision.planPage.moneyTitle')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('decision.planPage.moneyLead')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {view.capital && <li>{t('assessment.findings.capital-threshold.summary')}</li>}
            {view.money.map((pack) => (
              <li key={pack.obligation}>
                {t.rich('decision.planPage.feeLine', {
                  label: t(`assessment.obligations.${pack.obligation}.label`),
                  fees: pack.fees,
                  b: (chunks) => <span className="font-semibold">{chunks}</span>,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
