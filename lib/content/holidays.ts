import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CONTENT_ROOT, displayPath } from './paths';
import { parseYamlFile } from './frontmatter';

const isoDate = z.iso.date('must be a date such as 2026-10-01');
const span = z.union([isoDate, z.object({ from: isoDate, to: isoDate }).strict()]);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** One year's notice: its public holidays (single days or spans) and the weekend days worked instead (调休). */
const yearSchema = z
  .object({
    notice: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }).optional(),
    holidays: z.array(span).min(1),
    workdays: z.array(isoDate).default([]),
  })
  .strict();

/** content/holidays.yaml: China's public holidays and make-up working days, per year. */
export const holidaysSchema = z
  .object({ years: z.record(z.string().regex(/^\d{4}$/, 'must be a year such as 2026'), yearSchema) })
  .strict()
  .superRefine(({ years }, ctx) => {
    for (const [year, entry] of Object.entries(years)) {
      for (const [i, item] of entry.holidays.entries()) {
        const { from, to } = typeof item === 'string' ? { from: item, to: item } : item;
        if (from > to)
          ctx.addIssue({ code: 'custom', path: ['years', year, 'holidays', i], message: `starts (${from}) after it ends (${to})` });
        if (!from.startsWith(year) || !to.startsWith(year))
          ctx.addIssue({ code: 'custom', path: ['years', year, 'holidays', i], message: `is not in ${year}` });
      }
      for (const [i, day] of entry.workdays.entries()) {
        if (!day.startsWith(year))
          ctx.addIssue({ code: 'custom', path: ['years', year, 'workdays', i], message: `${day} is not in ${year}` });
        if (weekday(day) !== 0 && weekday(day) !== 6)
          ctx.addIssue({ code: 'custom', path: ['years', year, 'workdays', i], message: `${day} is not a Saturday or Sunday` });
      }
    }
  });

/** The working-day calendar read from the file: which dates are holidays, which weekend dates are worked, which years are known. */
export type HolidayCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string>; years: ReadonlySet<number> };

/** Expands the file's spans into single dates. */
export function calendarOf(data: z.output<typeof holidaysSchema>): HolidayCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const entry of Object.values(data.years)) {
    for (const item of entry.holidays) {
      const { from, to } = typeof item === 'string' ? { from: item, to: item } : item;
      for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
        holidays.add(d.toISOString().slice(0, 10));
    }
    for (const day of entry.workdays) workdays.add(day);
  }
  return { holidays, workdays, years: new Set(Object.keys(data.years).map(Number)) };
}

let cached: HolidayCalendar | undefined;

/** China's holiday calendar from `content/holidays.yaml`, validated; an empty calendar when the file does not exist. */
export function getHolidayCalendar(root: string = CONTENT_ROOT): HolidayCalendar {
  if (cached && root === CONTENT_ROOT) return cached;
  const file = path.join(root, 'holidays.yaml');
  const calendar = fs.existsSync(file)
    ? calendarOf(parseYamlFile(fs.readFileSync(file, 'utf8'), holidaysSchema, displayPath(file)))
    : { holidays: new Set<string>(), workdays: new Set<string>(), years: new Set<number>() };
  if (root === CONTENT_ROOT) cached = calendar;
  return calendar;
}

/**
 * The years a calendar lacks that reply times may fall in (in `timeZone`): this year, and from December the next
 * (its notice is usually out by then). Until added, such a year counts weekends only.
 */
export function missingHolidayYears(calendar: HolidayCalendar, today: Date, timeZone: string): number[] {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .format(today)
    .split('-')
    .map(Number);
  return (month === 12 ? [year!, year! + 1] : [year!]).filter((y) => !calendar.years.has(y));
}
