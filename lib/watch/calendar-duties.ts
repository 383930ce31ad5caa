import type { Plan } from '@/lib/assessment/plan';
import { calendarDuties, datesAsked } from '@/lib/calendar/calendar';
import { reminderDay } from '@/lib/calendar/due-dates';
import type { Deadline, DutyCalendar } from './duties';

/**
 * The dated duties' deadlines, from the calendar file's own code (lib/calendar/calendar.ts `calendarDuties`, which asks
 * lib/calendar/due-dates.ts `dueDate`): the e-mail reminders and the .ics file cannot disagree about a date. Each
 * reminder falls the calendar alarm's number of days before its deadline (`reminderDay`).
 */
export const DUTY_CALENDAR: DutyCalendar = {
  datesAsked: (plan: Plan) => datesAsked(plan),
  deadlines(plan, dates, today) {
    return calendarDuties(plan, dates, today).flatMap(({ step, schedule, when }): Deadline[] =>
      when.kind === 'due'
        ? [
            {
              step,
              due: when.due,
              remindOn: reminderDay(schedule, when.due),
              ...(when.opens && { opens: when.opens }),
              yearly: when.yearly,
              countsFrom: schedule.kind === 'after-launch' ? 'launch' : 'granted',
            },
          ]
        : [],
    );
  },
};
