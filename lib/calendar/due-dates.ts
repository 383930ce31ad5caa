import type { Schedule } from '@/lib/assessment/plan';

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

/** The dates a visitor may give: when the service goes (or went) live, and when the licence was granted. */
export interface DutyDates {
  readonly launch?: Day | null;
  readonly granted?: Day | null;
}

/** The date a schedule counts from. */
export type DateNeeded = 'launch' | 'granted';

/** When a duty falls due: its next deadline (and whether it comes back every year), or the date it still needs. */
export type DueDate =
  | {
      readonly kind: 'due';
      /** The deadline itself: the last day to do it. */
      readonly due: Day;
      /** The day the duty can first be done, where the rule gives a window (the annual report: 1 January). */
      readonly opens?: Day;
      /** The deadline comes back on the same day every year. */
      readonly yearly: boolean;
      /** For the annual report: the year it reports on. For a renewal: the day the licence expires. */
      readonly reportsOn?: number;
      readonly expires?: Day;
    }
  | { readonly kind: 'needs'; readonly date: DateNeeded };

/** How many days before each kind of deadline a reminder falls (the calendar's alarms; e-mail reminders, issue 25). */
export const REMINDER_DAYS: Readonly<Record<Schedule['kind'], number>> = {
  'after-launch': 7,
  'yearly-after-grant': 30,
  'before-expiry': 30,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date given as YYYY-MM-DD that is a real calendar date, as a UTC midnight; null for anything else. */
export function readDay(value: string | null | undefined): Date | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
}

/** A UTC date as YYYY-MM-DD. */
export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
/** The same day `years` later; 29 February becomes 28 February in a year without it. */
function addYears(date: Date, years: number): Date {
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}
const startOfDay = (date: Date) => utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/**
 * When a dated duty falls due, given the dates the visitor gave and today (a pure function: the calendar file and
 * e-mail reminders call the same code).
 * - after launch: `days` after the launch date (icp-brief §4.3: the public-security filing within 30 days);
 * - the licence's annual report: every year on `due` (31 March) for the year before, from the year after the grant,
 *   never before the licence exists (Order 42 Art 35; icp-brief §3.5); the first deadline given is the next one on
 *   or after today;
 * - renewal: `daysBefore` the licence expires, `validYears` after the grant (or after each renewal), the next one on
 *   or after today.
 * Without the date a schedule counts from, it says which date it needs: nothing is guessed.
 */
export function dueDate(schedule: Schedule, dates: DutyDates, today: Date): DueDate {
  const now = startOfDay(today);
  switch (schedule.kind) {
    case 'after-launch': {
      const launch = readDay(dates.launch);
      if (!launch) return { kind: 'needs', date: 'launch' };
      return { kind: 'due', due: dayOf(addDays(launch, schedule.days)), yearly: false };
    }
    case 'yearly-after-grant': {
      const granted = readDay(dates.granted);
      if (!granted) return { kind: 'needs', date: 'granted' };
      let year = granted.getUTCFullYear() + 1;
      while (utc(year, schedule.due.month, schedule.due.day) < now) year += 1;
      return {
        kind: 'due',
        due: dayOf(utc(year, schedule.due.month, schedule.due.day)),
        opens: dayOf(utc(year, schedule.opens.month, schedule.opens.day)),
        yearly: true,
        reportsOn: year - 1,
      };
    }
    case 'before-expiry': {
      const granted = readDay(dates.granted);
      if (!granted) return { kind: 'needs', date: 'granted' };
      let terms = 1;
      while (addDays(addYears(granted, terms * schedule.validYears), -schedule.daysBefore) < now) terms += 1;
      const expires = addYears(granted, terms * schedule.validYears);
      return { kind: 'due', due: dayOf(addDays(expires, -schedule.daysBefore)), yearly: false, expires: dayOf(expires) };
    }
  }
}

/** The day a reminder for a deadline falls: `REMINDER_DAYS` before it. */
export function reminderDay(schedule: Schedule, due: Day): Day {
  return dayOf(addDays(readDay(due)!, -REMINDER_DAYS[schedule.kind]));
}
