import type { Plan } from '@/lib/assessment/plan';

/**
 * What reminders need from the result's calendar: the dated duties of a plan, and each one's next deadline for the
 * dates a subscriber gave. The calendar file (lib/wizard/calendar.ts) answers the same question; reminders must be
 * computed by the same code, so this is the one seam between them (see calendar-duties.ts).
 */

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

/** The dates a subscriber may give. */
export interface WatchDates {
  readonly launch: Day | null;
  readonly granted: Day | null;
}

/** A date a duty counts from. */
export type DateNeeded = 'launch' | 'granted';

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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that is a real calendar day, as a UTC midnight; null for anything else. */
export function readDay(value: string | null | undefined): Date | null {
  if (!value || !ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : null;
}

/** The UTC day of a moment, YYYY-MM-DD. */
export const dayOf = (date: Date): Day => date.toISOString().slice(0, 10);

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((readDay(to)!.getTime() - readDay(from)!.getTime()) / 86_400_000);
}
