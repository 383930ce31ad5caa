import type { getTranslations } from 'next-intl/server';
import type { Plan } from '@/lib/assessment/plan';
import { DATE_PARAMS, datesAsked } from '@/lib/calendar/calendar';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The deadlines of a plan as a calendar to download: a plain GET form to the result's calendar file that says what
 * each date adds. Nothing where the plan holds no dated duty.
 */
export function CalendarForm({ t, plan, action }: { t: Translate; plan: Plan; action: string }) {
  const asked = datesAsked(plan);
  if (asked.length === 0) return null;
  return (
    <form method="get" action={action} id="calendar" className="no-print mt-6 rounded-md border border-slate-200 p-4 text-sm">
      <h2 className="font-semibold">{t('decision.calendar.title')}</h2>
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
  );
}
