import { describe, expect, it } from 'vitest';
import { PLAN_STEPS, type Schedule } from '@/lib/assessment/plan';
import { dueDate, readDay, reminderDay } from './due-dates';

const scheduleOf = (id: string) => (PLAN_STEPS.find((s) => s.id === id) as { schedule: Schedule }).schedule;
const ANNUAL = scheduleOf('licence-annual-report');
const RENEW = scheduleOf('renew-licence');
const PSB = scheduleOf('file-psb');
const day = (d: string) => new Date(`${d}T10:00:00Z`);

describe('the annual report falls due on 31 March of each year after the year of grant', () => {
  // [granted, today, first deadline given, the year it reports on]
  const table: [string, string, string, number][] = [
    // Granted in January: not due that March (the licence did not exist in the year before).
    ['2027-01-15', '2027-01-20', '2028-03-31', 2027],
    ['2027-01-15', '2026-12-01', '2028-03-31', 2027],
    // Granted in May, downloaded outside and inside the first quarter of the next year.
    ['2027-05-10', '2027-06-01', '2028-03-31', 2027],
    ['2027-05-10', '2028-02-10', '2028-03-31', 2027],
    // Granted in December: due the next March, for the year of grant.
    ['2027-12-20', '2027-12-21', '2028-03-31', 2027],
    ['2027-12-20', '2028-03-31', '2028-03-31', 2027],
    // Granted years ago: the next deadline, this year's inside the first quarter, next year's outside it.
    ['2025-05-10', '2027-02-10', '2027-03-31', 2026],
    ['2025-05-10', '2027-04-01', '2028-03-31', 2027],
    ['2025-05-10', '2027-11-30', '2028-03-31', 2027],
  ];
  it.each(table)('granted %s, downloaded %s: first deadline %s', (granted, today, due, year) => {
    const when = dueDate(ANNUAL, { granted }, day(today));
    expect(when).toEqual({ kind: 'due', due, opens: `${due.slice(0, 4)}-01-01`, yearly: true, reportsOn: year });
    // Never a deadline before the licence exists.
    expect(due > granted).toBe(true);
  });

  it('without a grant date it is not dated: it says which date it needs', () => {
    expect(dueDate(ANNUAL, {}, day('2027-02-01'))).toEqual({ kind: 'needs', date: 'granted' });
    expect(dueDate(ANNUAL, { launch: '2027-03-01', granted: '' }, day('2027-02-01'))).toEqual({ kind: 'needs', date: 'granted' });
  });
});

describe('renewal and the public-security filing', () => {
  it('renewal: 90 days before the licence expires 5 years after the grant (the next term once one has passed)', () => {
    expect(dueDate(RENEW, { granted: '2027-01-15' }, day('2027-02-01'))).toEqual({
      kind: 'due',
      due: '2031-10-17',
      yearly: false,
      expires: '2032-01-15',
    });
    expect(dueDate(RENEW, { granted: '2027-12-20' }, day('2027-12-21'))).toMatchObject({ due: '2032-09-21', expires: '2032-12-20' });
    // Granted on 29 February: expires on 28 February five years on.
    expect(dueDate(RENEW, { granted: '2028-02-29' }, day('2028-03-01'))).toMatchObject({ expires: '2033-02-28' });
    // A licence granted in 2020 was renewed in 2025: the next renewal counts from the second term.
    expect(dueDate(RENEW, { granted: '2020-05-10' }, day('2027-02-01'))).toMatchObject({ expires: '2030-05-10', due: '2030-02-09' });
    expect(dueDate(RENEW, { launch: '2027-01-01' }, day('2027-02-01'))).toEqual({ kind: 'needs', date: 'granted' });
  });

  it('public-security filing: 30 days after launch', () => {
    expect(dueDate(PSB, { launch: '2027-03-01' }, day('2027-01-01'))).toEqual({ kind: 'due', due: '2027-03-31', yearly: false });
    expect(dueDate(PSB, { launch: '2027-12-15' }, day('2027-01-01'))).toMatchObject({ due: '2028-01-14' });
    expect(dueDate(PSB, { granted: '2027-03-01' }, day('2027-01-01'))).toEqual({ kind: 'needs', date: 'launch' });
  });

  it('reminders fall before the deadline', () => {
    expect(reminderDay(PSB, '2027-03-31')).toBe('2027-03-24');
    expect(reminderDay(ANNUAL, '2028-03-31')).toBe('2028-03-01');
    expect(reminderDay(RENEW, '2031-10-17')).toBe('2031-09-17');
  });

  it('reads only real dates', () => {
    expect(readDay('2027-02-28')).not.toBeNull();
    expect(readDay('2028-02-29')).not.toBeNull();
    expect(readDay('2027-02-29')).toBeNull();
    expect(readDay('2027-2-1')).toBeNull();
    expect(readDay('tomorrow')).toBeNull();
    expect(readDay('')).toBeNull();
  });
});
