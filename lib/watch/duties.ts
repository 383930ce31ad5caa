import type { Plan } from '@/lib/assessment/plan';
import { readDay, type DateNeeded, type Day } from '@/lib/calendar/due-dates';

export { dayOf, readDay, type DateNeeded, type Day } from '@/lib/calendar/due-dates';

/**
 * What reminders need from the result's calendar: the dated duties of a plan, and each one's next deadline for the
 * dates a subscriber gave. The calendar file (lib/calendar/calendar.ts) answers the same question; reminders must be
 * computed by the same code, so this is the one seam between them (calendar-duties.ts).
 */

/** The dates a subscriber may give (as the calendar reads them). */
export interface WatchDates {
  readonly launch: Day | null;
  readonly granted: Day | null;
}

/** One dated duty's next deadline on or after a day. */
export interface Deadline {
  /** The plan step (`decision.plan.steps.<step>`). */
  readonly step: string;
  /** The last day to do it. */
  readonly due: Day;
  /** The day its reminder falls (some days before `due`). */
  readonly remindOn: Day;
  /** The first day it can be done, where the rule gives a window. */
  readonly opens?: Day;
  /** Comes back every year. */
  readonly yearly: boolean;
  readonly countsFrom: DateNeeded;
}

export interface DutyCalendar {
  /** The dates the plan's dated duties count from, in the order a form asks them. */
  datesAsked(plan: Plan): DateNeeded[];
  /** Each dated duty's next deadline on or after `today` for the dates given; a duty whose date was not given is left out. */
  deadlines(plan: Plan, dates: WatchDates, today: Date): Deadline[];
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((readDay(to)!.getTime() - readDay(from)!.getTime()) / 86_400_000);
}
