import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { readDate, resultCalendar } from './calendar';
import { resultCode } from './result-link';

const today = new Date('2026-12-01T00:00:00Z');
const parse = (text: string | null) =>
  new ICAL.Component(ICAL.parse(text ?? '')).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

describe('the result calendar', () => {
  const answers = DECISION_CASES.marketplace;
  const code = resultCode(answers);

  it('holds the yearly annual report, recurring, and the duties whose dates were given', () => {
    const events = parse(
      resultCalendar('en', code, answers, 'https://x.example/en/result/1', { launch: '2027-03-01', licensed: '2027-01-15' }, today),
    );
    expect(events).toHaveLength(3);
    const annual = events.find((e) => e.uid.endsWith('licence-annual-report@icp-compass'))!;
    expect(annual.startDate.toString()).toBe('2027-01-01');
    expect(annual.endDate.toString()).toBe('2027-04-01');
    expect(annual.isRecurring()).toBe(true);
    expect(annual.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
    const psb = events.find((e) => e.uid.endsWith('file-psb@icp-compass'))!;
    expect(psb.startDate.toString()).toBe('2027-03-31');
    expect(psb.isRecurring()).toBe(false);
    const renew = events.find((e) => e.uid.endsWith('renew-licence@icp-compass'))!;
    // Granted 15 Jan 2027, valid 5 years: expires 15 Jan 2032; renew 90 days before.
    expect(renew.startDate.toString()).toBe('2031-10-17');
    expect(annual.description).toContain('https://x.example/en/result/1');
  });

  it('leaves out duties whose date was not given; a filing-only site has no licence duty', () => {
    expect(parse(resultCalendar('zh', code, answers, 'https://x.example/zh/result/1', {}, today)).map((e) => e.uid)).toEqual([
      `${code}-licence-annual-report@icp-compass`,
    ]);
    const brochure = DECISION_CASES.brochure;
    const events = parse(
      resultCalendar(
        'en',
        resultCode(brochure),
        brochure,
        'https://x.example/en/result/2',
        { launch: '2027-03-01', licensed: '2027-01-01' },
        today,
      ),
    );
    expect(events.map((e) => e.uid.replace(/^[^-]+-[^-]+-/, ''))).toEqual(['file-psb@icp-compass']);
  });

  it('reads only real dates', () => {
    expect(readDate('2027-02-28')).not.toBeNull();
    expect(readDate('2027-02-30')).toBeNull();
    expect(readDate('tomorrow')).toBeNull();
  });
});

describe('the result calendar without events', () => {
  it('is null when no duty can be dated (a filing-only site without its launch date)', () => {
    const brochure = DECISION_CASES.brochure;
    expect(resultCalendar('en', resultCode(brochure), brochure, 'https://x.example/en/result/2', {}, today)).toBeNull();
  });
});
