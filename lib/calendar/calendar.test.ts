import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { classify, type Answers } from '@/lib/assessment';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import type { Locale } from '@/lib/i18n/routing';
import { calendarResponse } from './calendar-response';
import { resultCalendar } from './calendar';
import { resultCode } from '@/lib/addresses/result-link';

const LINK = 'https://x.example/en/result/1';

/** The events of a calendar file, read by an independent parser (ical.js). */
function events(text: string | null) {
  return new ICAL.Component(ICAL.parse(text ?? '')).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

function calendar(answers: Answers, dates: { launch?: string; granted?: string }, today: string, locale: Locale = 'en') {
  return resultCalendar({
    locale,
    code: resultCode(answers),
    answers,
    classification: classify(answers),
    link: LINK,
    dates,
    today: new Date(`${today}T08:00:00Z`),
  });
}

const byStep = (list: ReturnType<typeof events>, step: string) => list.find((e) => e.uid.endsWith(`-${step}@icp-compass`));
const marketplace = DECISION_CASES.marketplace;

describe('the result calendar, read back with ical.js', () => {
  it.each([
    // [granted, downloaded, the annual report's first deadline]
    ['2027-01-15', '2027-01-20', '2028-03-31'],
    ['2027-05-10', '2027-06-01', '2028-03-31'],
    ['2027-12-20', '2028-02-10', '2028-03-31'],
    ['2025-05-10', '2027-02-10', '2027-03-31'],
    ['2025-05-10', '2027-04-01', '2028-03-31'],
  ])('granted %s, downloaded %s: the annual report is due on %s and every year after', (granted, today, due) => {
    const list = events(calendar(marketplace, { granted }, today));
    const annual = byStep(list, 'licence-annual-report')!;
    // A due-date event: one day, on the deadline.
    expect(annual.startDate.toString()).toBe(due);
    expect(annual.startDate.isDate).toBe(true);
    expect(annual.endDate.toString()).toBe(`${due.slice(0, 4)}-04-01`);
    expect(annual.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
    const next = annual.iterator();
    expect([next.next()!.toString(), next.next()!.toString()]).toEqual([due, `${Number(due.slice(0, 4)) + 1}-03-31`]);
    expect(annual.summary).toBe('Deadline: the licence’s annual report on the year before');
    expect(annual.description).toContain(`the first deadline is March 31, ${due.slice(0, 4)}, for the year ${Number(due.slice(0, 4)) - 1}`);
    // Never before the licence exists.
    expect(annual.startDate.toString() > granted).toBe(true);
  });

  it('every event has a display reminder at 09:00 some days before, in the visitor’s language', () => {
    for (const locale of ['en', 'zh'] as const) {
      const list = events(calendar(marketplace, { launch: '2027-03-01', granted: '2027-05-10' }, '2027-02-01', locale));
      expect(list).toHaveLength(3);
      for (const event of list) {
        const alarm = event.component.getFirstSubcomponent('valarm')!;
        expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
        expect(trigger.isNegative).toBe(true);
        expect(trigger.hours).toBe(15);
        expect(alarm.getFirstPropertyValue('description')).toContain(event.summary);
      }
      const psb = byStep(list, 'file-psb')!;
      expect(psb.startDate.toString()).toBe('2027-03-31');
      expect(psb.isRecurring()).toBe(false);
      const alarm = psb.component.getFirstSubcomponent('valarm')!;
      expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).days).toBe(6);
      const renew = byStep(list, 'renew-licence')!;
      expect(renew.startDate.toString()).toBe('2032-02-10');
      expect(renew.description).toContain(LINK);
      if (locale === 'zh') {
        expect(psb.summary).toBe('截止日期：公安联网备案');
        expect(renew.summary).toContain('2032年5月10日');
        expect(alarm.getFirstPropertyValue('description')).toBe('7天后：截止日期：公安联网备案');
      } else {
        expect(alarm.getFirstPropertyValue('description')).toBe('In 7 days: Deadline: public-security filing');
        expect(renew.summary).toBe('Deadline: apply to renew the licence (it expires on May 10, 2032)');
      }
    }
  });

  it('holds only what can be dated: no licence deadline without the grant date, nothing at all without dates', () => {
    const launchOnly = events(calendar(marketplace, { launch: '2027-03-01' }, '2027-02-01'));
    expect(launchOnly.map((e) => e.uid.split('-').slice(-2).join('-'))).toEqual(['psb@icp-compass']);
    expect(calendar(marketplace, {}, '2027-02-01')).toBeNull();
    // A filing-only site has no licence deadline even with a grant date.
    const brochure = events(calendar(DECISION_CASES.brochure, { launch: '2027-03-01', granted: '2027-01-01' }, '2027-02-01'));
    expect(brochure).toHaveLength(1);
    expect(byStep(brochure, 'file-psb')).toBeDefined();
  });
});

describe('the calendar address', () => {
  const code = resultCode(marketplace);
  const ask = async (query: string, locale = 'en') => {
    const response = calendarResponse(locale, code, new URLSearchParams(query), new Date('2027-02-01T08:00:00Z'));
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  };

  it('takes empty optional fields as not given, never as an error', async () => {
    const file = await ask('launch=2027-03-01&licensed=');
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/calendar');
    expect(events(file.body)).toHaveLength(1);
  });

  it('with no date at all: a page that says what each date adds, with the form again (not a bare 400)', async () => {
    const page = await ask('launch=&licensed=', 'zh');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('lang="zh-CN"');
    expect(page.body).toContain('请在下面填写至少一个日期');
    expect(page.body).toContain('name="launch"');
    expect(page.body).toContain('name="licensed"');
    expect(page.body).toContain(`href="/zh/result/${code}"`);
  });

  it('a date that does not read: 400, naming the field, keeping what was typed', async () => {
    const page = await ask('launch=2027-02-30&licensed=2027-05-10');
    expect(page.status).toBe(400);
    expect(page.type).toContain('text/html');
    expect(page.body).toContain('“Launch date” could not be read as a date');
    expect(page.body).toContain('value="2027-02-30"');
    expect(page.body).toContain('value="2027-05-10"');
    expect(page.body).not.toContain('<script');
  });
});
