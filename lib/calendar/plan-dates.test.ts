import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/assessment';
import { planOf } from '@/lib/assessment/plan';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { DURATIONS, readTargets, timelineOf } from './plan-dates';

const planFor = (name: keyof typeof DECISION_CASES) => planOf(classify(DECISION_CASES[name]), DECISION_CASES[name]);
/** A marketplace needs the filing, the licence and the public-security filing; a brochure site the filings only. */
const LICENSED = planFor('marketplace');
const FILED = planFor('brochure');
const TODAY = '2027-01-04';
const by = (timeline: ReturnType<typeof timelineOf>) => Object.fromEntries(timeline.milestones.map((m) => [m.id, m.by]));

describe('a plan dated backwards from its targets', () => {
  it('without a target, holds no date (the page shows durations instead)', () => {
    expect(timelineOf(LICENSED, {}, TODAY)).toEqual({ targets: {}, milestones: [], problems: [] });
  });

  it('from a launch date: the filing starts a month before (practice), the public-security filing within 30 days after', () => {
    const t = timelineOf(FILED, { live: '2027-06-01' }, TODAY);
    expect(by(t)).toEqual({ 'start-filing': '2027-05-01', 'go-live': '2027-06-01', 'psb-filing': '2027-07-01' });
    expect(t.problems).toEqual([]);
    expect(t.milestones.map((m) => m.id)).toEqual(['start-filing', 'go-live', 'psb-filing']);
  });

  it('from a date to start charging: the licence applied for 67 days before (statutory), with the service live by then', () => {
    const t = timelineOf(LICENSED, { paid: '2027-09-30' }, TODAY);
    expect(DURATIONS.licence.days).toBe(67);
    expect(by(t)).toMatchObject({
      'licence-granted': '2027-09-30',
      'apply-licence': '2027-07-25',
      'apply-licence-practice': '2027-06-30',
      'go-live': '2027-07-25',
      'start-filing': '2027-06-24',
    });
    expect(t.problems).toEqual([]);
  });

  it('says when a launch planned after the licence application cannot be licensed in time', () => {
    const t = timelineOf(LICENSED, { live: '2027-09-01', paid: '2027-09-30' }, TODAY);
    expect(t.problems).toEqual([{ id: 'live-after-application', latest: '2027-07-25' }]);
    // The plan then goes live by the last day that still works.
    expect(by(t)['go-live']).toBe('2027-07-25');
  });

  it('says when a date has already passed for the filing or the licence', () => {
    expect(timelineOf(FILED, { live: '2027-01-20' }, TODAY).problems).toEqual([{ id: 'filing-passed', start: '2026-12-20' }]);
    expect(timelineOf(LICENSED, { paid: '2027-02-01' }, TODAY).problems).toEqual([
      { id: 'licence-passed', start: '2026-11-26' },
      { id: 'filing-passed', start: '2026-10-26' },
    ]);
  });

  it('a target to start charging means nothing without a licence to wait for', () => {
    expect(by(timelineOf(FILED, { paid: '2027-09-30' }, TODAY))).toEqual({});
  });

  it('reads only real dates as targets: an empty, unreadable or impossible date is no target', () => {
    expect(readTargets('2027-06-01', '')).toEqual({ live: '2027-06-01' });
    expect(readTargets('2027-02-30', 'soon')).toEqual({});
    expect(readTargets(undefined, '2028-02-29')).toEqual({ paid: '2028-02-29' });
  });
});
