import { datedSteps, type Plan, type Schedule } from '@/lib/assessment/plan';
import { dayOf, readDay, type DateNeeded, type Day, type Deadline, type DutyCalendar, type WatchDates } from './duties';

/**
 * INTERIM, until the calendar's due-date function lands in main (lib/wizard/calendar.ts is being rewritten so that one
 * pure function gives each dated duty's deadline from the launch and grant dates). Then this file becomes a thin
 * adapter over it (its `dueDate`, `datesAsked` and reminder days) and the rules below go: reminders and the calendar
 * file must not compute deadlines twice. The rules are the brief's (icp-brief §3.5, §4.3): the public-security filing
 * 30 days after launch; the licence's annual report by 31 March of each year after the year of grant; renewal 90 days
 * before the 5-year expiry (and of each later term).
 */

/** How many days before each kind of deadline its reminder falls. */
const REMINDER_DAYS: Readonly<Record<Schedule['kind'], number>> = { 'after-launch': 7, yearly: 30, 'before-expiry': 30 };

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
function addYears(date: Date, years: number): Date {
  const y = date.getUTCFullYear() + years;
  const last = new Date(Date.UTC(y, date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, date.getUTCMonth(), Math.min(date.getUTCDate(), last)));
}

const countsFrom = (schedule: Schedule): DateNeeded => (schedule.kind === 'after-launch' ? 'launch' : 'granted');

function deadline(step: string, schedule: Schedule, dates: WatchDates, today: Date): Deadline | null {
  const from = readDay(countsFrom(schedule) === 'launch' ? dates.launch : dates.granted);
  if (!from) return null;
  const remind = (due: Date, extra: Partial<Deadline> = {}): Deadline => ({
    step,
    due: dayOf(due),
    remindOn: dayOf(addDays(due, -REMINDER_DAYS[schedule.kind])),
    yearly: false,
    countsFrom: countsFrom(schedule),
    ...extra,
  });
  switch (schedule.kind) {
    case 'after-launch':
      return remind(addDays(from, schedule.days));
    case 'yearly': {
      let year = from.getUTCFullYear() + 1;
      while (utc(year, schedule.to.month, schedule.to.day) < today) year += 1;
      return remind(utc(year, schedule.to.month, schedule.to.day), {
        yearly: true,
        opens: dayOf(utc(year, schedule.from.month, schedule.from.day)) as Day,
      });
    }
    case 'before-expiry': {
      let terms = 1;
      while (addDays(addYears(from, terms * schedule.validYears), -schedule.daysBefore) < today) terms += 1;
      return remind(addDays(addYears(from, terms * schedule.validYears), -schedule.daysBefore));
    }
  }
}

/** The dated duties' deadlines, as the calendar file gives them. */
export const DUTY_CALENDAR: DutyCalendar = {
  datesAsked(plan: Plan) {
    const needs = new Set(datedSteps(plan).map((s) => countsFrom(s.schedule)));
    return (['launch', 'granted'] as const).filter((d) => needs.has(d));
  },
  deadlines(plan, dates, today) {
    const day = readDay(dayOf(today))!;
    return datedSteps(plan)
      .map((s) => deadline(s.id, s.schedule, dates, day))
      .filter((d): d is Deadline => d !== null);
  },
};
