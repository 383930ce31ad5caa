import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { createTranslator } from 'next-intl';
import type { Answers, Classification } from '@/lib/assessment';
import { datedSteps, planOf, type Plan, type PLAN_STEPS, type Schedule } from '@/lib/assessment/plan';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { dueDate, readDay, REMINDER_DAYS, type DateNeeded, type DueDate, type DutyDates } from './due-dates';

/** The plan steps that fall on a date. */
export type DatedStepId = Extract<(typeof PLAN_STEPS)[number], { schedule: Schedule }>['id'];

/** A dated duty of the plan and when it falls due on the dates given. */
export interface CalendarDuty {
  readonly step: DatedStepId;
  readonly schedule: Schedule;
  readonly when: DueDate;
}

/** Each dated duty of a plan with its deadline on the dates given (or the date it still needs). */
export function calendarDuties(plan: Plan, dates: DutyDates, today: Date): CalendarDuty[] {
  return datedSteps(plan).map((s) => ({ step: s.id as DatedStepId, schedule: s.schedule, when: dueDate(s.schedule, dates, today) }));
}

/** The query parameter of each date the calendar form asks (`licensed` kept from the first release's links). */
export const DATE_PARAMS: Readonly<Record<DateNeeded, string>> = { launch: 'launch', granted: 'licensed' };

/** The dates a plan's dated duties count from, in the order the form asks them (launch first). */
export function datesAsked(plan: Plan): DateNeeded[] {
  const needs = new Set(datedSteps(plan).map((s): DateNeeded => (s.schedule.kind === 'after-launch' ? 'launch' : 'granted')));
  return (['launch', 'granted'] as const).filter((d) => needs.has(d));
}

const dayArray = (day: string): DateArray => {
  const d = readDay(day)!;
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};
const nextDay = (day: string): DateArray => {
  const d = new Date(readDay(day)!.getTime() + 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};

export interface ResultCalendarInput {
  locale: Locale;
  code: string;
  answers: Answers;
  classification: Classification;
  /** The result's full address, written into every event. */
  link: string;
  dates: DutyDates;
  today?: Date;
}

/**
 * The result's dated duties as an RFC 5545 calendar, in the visitor's language: one all-day event on each deadline
 * (the annual report recurring every year), each with a reminder (VALARM) at 09:00 some days before. Duties whose
 * date was not given are left out (nothing is guessed); null when none can be dated.
 */
export function resultCalendar({
  locale,
  code,
  answers,
  classification,
  link,
  dates,
  today = new Date(),
}: ResultCalendarInput): string | null {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  const long = (day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(readDay(day)!);
  const monthDay = (day: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(readDay(day)!);
  const events: EventAttributes[] = [];
  for (const { step, schedule, when } of calendarDuties(planOf(classification, answers), dates, today)) {
    if (when.kind !== 'due') continue;
    const title = t(`decision.calendar.events.${step}`, { expires: when.expires ? long(when.expires) : '' });
    const days = REMINDER_DAYS[schedule.kind];
    const lines = [
      t(`decision.plan.steps.${step}`),
      when.opens ? t('decision.calendar.window', { opens: monthDay(when.opens), due: long(when.due), year: String(when.reportsOn) }) : null,
      t(`decision.calendar.countedFrom.${schedule.kind === 'after-launch' ? 'launch' : 'granted'}`, {
        date: long((schedule.kind === 'after-launch' ? dates.launch : dates.granted)!),
      }),
      t('decision.calendar.eventSuffix', { link }),
    ];
    events.push({
      uid: `${code}-${step}@icp-compass`,
      title,
      description: lines.filter(Boolean).join('\n'),
      url: link,
      start: dayArray(when.due),
      end: nextDay(when.due),
      ...(when.yearly && { recurrenceRule: 'FREQ=YEARLY' }),
      transp: 'TRANSPARENT',
      // At 09:00, `days` days before the (all-day, floating) deadline.
      alarms: [
        {
          action: 'display',
          description: t('decision.calendar.reminder', { title, days }),
          trigger: { days: days - 1, hours: 15, before: true },
        },
      ],
    });
  }
  // RFC 5545 wants at least one component: no event, no calendar.
  if (events.length === 0) return null;
  const { error, value } = createEvents(events, { productId: 'icp-compass/ics', calName: t('decision.calendar.name') });
  if (error || value === null) throw error ?? new Error('calendar not created');
  return value;
}
