import { getHolidayCalendar, type HolidayCalendar } from '@/lib/content/holidays';
import { getSite } from '@/lib/content/site';

const DAY_MS = 86_400_000;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, number> {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!)).toISOString().slice(0, 10);
}

/** The instant a calendar date (YYYY-MM-DD) begins in a time zone (its midnight, or the first moment after a gap). */
export function startOfLocalDay(iso: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${iso}T00:00:00Z`);
  let guess = midnightUtc;
  // The zone's offset at the guess moves it; two rounds settle it even across a daylight-saving change.
  for (let round = 0; round < 3; round++) {
    const p = partsIn(new Date(guess), timeZone);
    const offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(guess / 1000) * 1000;
    const next = midnightUtc - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Monday to Friday, less the public holidays, plus the weekend days worked instead (调休). */
export function isWorkingDay(iso: string, calendar: HolidayCalendar): boolean {
  if (calendar.workdays.has(iso)) return true;
  if (calendar.holidays.has(iso)) return false;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * When a reply is due: by the end of the `days`-th working day after the day the enquiry arrived, in the office's
 * time zone (received on Friday or Saturday with 2 working days: due by the end of Tuesday, holidays permitting).
 * The last millisecond of that day, so it reads as "Tuesday 23:59".
 */
export function replyDueBy(receivedAt: Date, days: number, calendar: HolidayCalendar, timeZone: string): Date {
  let day = localDate(receivedAt, timeZone);
  // A year of holidays at most: an empty or broken calendar cannot make this loop for ever.
  for (let counted = 0, guard = 0; counted < days && guard < 400; guard++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return new Date(startOfLocalDay(addDays(day, 1), timeZone).getTime() - 1);
}

/** The reply time the site promises (content/site.yaml) for an enquiry received at `receivedAt`. */
export function promisedReplyBy(receivedAt: Date): Date {
  const site = getSite();
  return replyDueBy(receivedAt, site.enquiries.replyWithinWorkingDays, getHolidayCalendar(), site.officeTimeZone);
}
