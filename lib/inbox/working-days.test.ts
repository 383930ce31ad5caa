import { describe, expect, it } from 'vitest';
import { calendarOf, getHolidayCalendar, holidaysSchema, missingHolidayYears } from '@/lib/content/holidays';
import { isWorkingDay, localDate, promisedReplyBy, replyDueBy, startOfLocalDay } from './working-days';

const SHANGHAI = 'Asia/Shanghai';
const NONE = calendarOf({ years: {} });
// As content/holidays.yaml spells a year, cut down to what the tests need.
const TABLE = calendarOf(
  holidaysSchema.parse({
    years: {
      '2026': {
        notice: 'test',
        holidays: [{ from: '2026-10-01', to: '2026-10-07' }, '2026-06-19'],
        workdays: ['2026-09-20', '2026-10-10'],
      },
    },
  }),
);

describe('working days in the office time zone', () => {
  it('reads dates and midnights in the zone, not in UTC', () => {
    // 2026-11-06 17:30 UTC is already Saturday 01:30 in Shanghai.
    expect(localDate(new Date('2026-11-06T17:30:00Z'), SHANGHAI)).toBe('2026-11-07');
    expect(startOfLocalDay('2026-11-10', SHANGHAI).toISOString()).toBe('2026-11-09T16:00:00.000Z');
    // A zone with daylight saving: midnight of the day clocks go forward (29 March 2026 in London is still 00:00 GMT).
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'Europe/London').toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('counts two working days across a weekend', () => {
    // Friday 6 November 2026, 10:00 in Shanghai: Monday and Tuesday count, due by the end of Tuesday.
    const friday = new Date('2026-11-06T02:00:00Z');
    expect(replyDueBy(friday, 2, NONE, SHANGHAI).toISOString()).toBe('2026-11-10T15:59:59.999Z');
    // Received late on Friday UTC, which is Saturday in Shanghai: the same due time.
    expect(replyDueBy(new Date('2026-11-06T17:30:00Z'), 2, NONE, SHANGHAI).toISOString()).toBe('2026-11-10T15:59:59.999Z');
    // Wednesday: Thursday and Friday.
    expect(replyDueBy(new Date('2026-11-04T02:00:00Z'), 2, NONE, SHANGHAI).toISOString()).toBe('2026-11-06T15:59:59.999Z');
  });

  it('skips public holidays and counts the weekend days worked instead', () => {
    expect(isWorkingDay('2026-10-05', TABLE)).toBe(false);
    expect(isWorkingDay('2026-10-10', TABLE)).toBe(true);
    expect(isWorkingDay('2026-10-11', TABLE)).toBe(false);
    // Received on Wednesday 30 September: the holiday runs 1 to 7 October, Saturday 10 October is worked.
    const before = new Date('2026-09-30T03:00:00Z');
    expect(replyDueBy(before, 2, TABLE, SHANGHAI).toISOString()).toBe('2026-10-09T15:59:59.999Z');
    expect(replyDueBy(before, 3, TABLE, SHANGHAI).toISOString()).toBe('2026-10-10T15:59:59.999Z');
    // Friday 18 September: Sunday 20 September is a working day.
    expect(replyDueBy(new Date('2026-09-18T03:00:00Z'), 1, TABLE, SHANGHAI).toISOString()).toBe('2026-09-20T15:59:59.999Z');
    // Without the table the same enquiry is due earlier: the holiday is what moves it.
    expect(replyDueBy(before, 2, NONE, SHANGHAI).toISOString()).toBe('2026-10-02T15:59:59.999Z');
  });

  it('uses the table kept in content/holidays.yaml and the promise in content/site.yaml', () => {
    const calendar = getHolidayCalendar();
    expect(isWorkingDay('2026-02-18', calendar)).toBe(false); // 春节
    expect(isWorkingDay('2026-02-28', calendar)).toBe(true); // a Saturday worked
    // Friday 13 February 2026: Saturday 14 February is worked, then the Spring Festival holiday to 23 February.
    expect(promisedReplyBy(new Date('2026-02-13T02:00:00Z')).toISOString()).toBe('2026-02-24T15:59:59.999Z');
    expect(missingHolidayYears(calendar, new Date('2026-01-10T00:00:00Z'), SHANGHAI)).toEqual([]);
    expect(missingHolidayYears(calendar, new Date('2026-12-05T00:00:00Z'), SHANGHAI)).toEqual([2027]);
    // 1 January 2027 in Shanghai, still 31 December in UTC.
    expect(missingHolidayYears(calendar, new Date('2026-12-31T17:00:00Z'), SHANGHAI)).toEqual([2027]);
  });

  it('refuses a table that would count the wrong days', () => {
    const bad = holidaysSchema.safeParse({
      years: { '2026': { notice: 'x', holidays: [{ from: '2026-10-07', to: '2026-10-01' }, '2025-01-01'], workdays: ['2026-10-09'] } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      'starts (2026-10-07) after it ends (2026-10-01)',
      'is not in 2026',
      '2026-10-09 is not a Saturday or Sunday',
    ]);
  });
});
