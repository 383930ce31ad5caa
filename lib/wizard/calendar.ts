import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { createTranslator } from 'next-intl';
import { classify, type Answers } from '@/lib/assessment';
import { datedSteps, planOf, type Schedule } from '@/lib/assessment/plan';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

export interface CalendarDates {
  /** The day the service goes (or went) live, YYYY-MM-DD. */
  launch?: string;
  /** The day the licence was granted, YYYY-MM-DD. */
  licensed?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date given as YYYY-MM-DD that is a real calendar date, or null. */
export function readDate(value: string | null | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
}

const day = (d: Date): DateArray => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The first day of an event and the day after its last, or null when the date it hangs on was not given. */
function when(schedule: Schedule, dates: CalendarDates, today: Date): { start: Date; end: Date; rrule?: string } | null {
  switch (schedule.kind) {
    case 'yearly': {
      const year = today.getUTCFullYear() + 1;
      const start = new Date(Date.UTC(year, schedule.from.month - 1, schedule.from.day));
      const end = addDays(new Date(Date.UTC(year, schedule.to.month - 1, schedule.to.day)), 1);
      return { start, end, rrule: 'FREQ=YEARLY' };
    }
    case 'after-launch': {
      const launch = readDate(dates.launch);
      if (!launch) return null;
      const due = addDays(launch, schedule.days);
      return { start: due, end: addDays(due, 1) };
    }
    case 'before-expiry': {
      const granted = readDate(dates.licensed);
      if (!granted) return null;
      const expiry = new Date(Date.UTC(granted.getUTCFullYear() + schedule.validYears, granted.getUTCMonth(), granted.getUTCDate()));
      const due = addDays(expiry, -schedule.daysBefore);
      return { start: due, end: addDays(due, 1) };
    }
  }
}

/**
 * The result's dated duties as an RFC 5545 calendar: one all-day event per duty, the yearly ones recurring. Duties
 * that hang on a date the visitor did not give (launch, licence) are left out; null when none is left.
 */
export function resultCalendar(
  locale: Locale,
  code: string,
  answers: Answers,
  link: string,
  dates: CalendarDates,
  today = new Date(),
): string | null {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  const plan = planOf(classify(answers), answers);
  const events: EventAttributes[] = [];
  for (const step of datedSteps(plan)) {
    const at = when(step.schedule, dates, today);
    if (!at) continue;
    events.push({
      uid: `${code}-${step.id}@icp-compass`,
      title: t(`decision.plan.steps.${step.id}`),
      description: `${t(`decision.plan.steps.${step.id}`)}\n${t('decision.calendar.eventSuffix', { link })}`,
      url: link,
      start: day(at.start),
      end: day(at.end),
      ...(at.rrule && { recurrenceRule: at.rrule }),
      transp: 'TRANSPARENT',
      calName: t('decision.calendar.name'),
      productId: 'icp-compass/ics',
    });
  }
  // RFC 5545 wants at least one component: no event, no calendar.
  if (events.length === 0) return null;
  const { error, value } = createEvents(events, { productId: 'icp-compass/ics', calName: t('decision.calendar.name') });
  if (error || value === null) throw error ?? new Error('calendar not created');
  return value;
}
