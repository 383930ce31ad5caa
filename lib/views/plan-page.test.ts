import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { waysForward } from '@/lib/assessment/ways-forward';
import { resultCode } from '@/lib/addresses/result-link';
import { planHref, planPage, readPlanQuery, waySlug, type PlanPageView } from './plan-page';

const TODAY = new Date('2027-01-04T08:00:00Z');
const codeOf = (name: keyof typeof DECISION_CASES) => resultCode(DECISION_CASES[name]);
const view = (name: keyof typeof DECISION_CASES, query: Parameters<typeof planPage>[2] = {}) =>
  planPage('en', codeOf(name), query, TODAY) as PlanPageView;
const stepIds = (v: PlanPageView) => v.plan.stages.flatMap((s) => s.steps.map((x) => x.id));

describe('the plan page', () => {
  it('of a blocked result’s first way forward: the structure’s own steps first, then the applications, launch and after', () => {
    const first = waysForward(DECISION_CASES.wfoeCommunityOut)[0]!;
    expect(first.id).toBe('share-at-cap');
    const v = view('wfoeCommunityOut', { way: waySlug(first) });
    expect(v.way?.id).toBe('share-at-cap');
    expect(v.structure.map((s) => s.id)).toEqual(['jv-find-shareholder', 'jv-register-shareholding', 'jv-foreign-investment-report']);
    expect(v.verdict).toBe('clear');
    expect(v.plan.stopsAtDecision).toBe(false);
    // Live and filed before the licence application; no payment before it is granted.
    const steps = stepIds(v);
    expect(steps.indexOf('file-icp')).toBeLessThan(steps.indexOf('live-before-licence'));
    expect(steps.indexOf('live-before-licence')).toBeLessThan(steps.indexOf('apply-telecom-licences'));
    expect(steps.indexOf('apply-telecom-licences')).toBeLessThan(steps.indexOf('no-payment-before-licence'));
    // Each application step says how long it takes, from the permit packs, with sources.
    expect(v.durations['apply-telecom-licences']!.map((p) => p.obligation)).toEqual(['icp-licence']);
    expect(v.durations['apply-telecom-licences']![0]!.timeLimit.cited.length).toBeGreaterThan(0);
    expect(v.planResultHref).toBe(`/en/result/${resultCode(first.answers)}`);
    expect(v.capital).toBe(true);
  });

  it('of the result itself, blocked: it stops at the decision, with no structure of its own', () => {
    const v = view('wfoeCommunityOut');
    expect(v.way).toBeNull();
    expect(v.structure).toEqual([]);
    expect(stepIds(v)).toEqual(['choose-way-forward']);
  });

  it('names a feature in the way’s address: a pilot-area company that takes the chat out', () => {
    const way = waysForward(DECISION_CASES.saasChatOut)[0]!;
    expect(waySlug(way)).toBe('pilot-drop-feature.activities.messaging');
    expect(planHref('zh', codeOf('saasChatOut'), way)).toBe(
      `/zh/result/${codeOf('saasChatOut')}/plan?way=pilot-drop-feature.activities.messaging`,
    );
    const v = view('saasChatOut', { way: waySlug(way) });
    expect(v.structure.map((s) => s.id)).toEqual(['pilot-register', 'pilot-facilities', 'feature-out']);
  });

  it('dates the plan from the targets in its address, and says when one cannot be met', () => {
    const way = waySlug(waysForward(DECISION_CASES.wfoeCommunityOut)[0]!);
    const dated = view('wfoeCommunityOut', { way, live: '2027-09-01', paid: '2027-09-30' });
    expect(dated.timeline.problems.map((p) => p.id)).toEqual(['live-after-application']);
    expect(dated.timeline.milestones.map((m) => m.id)).toContain('psb-filing');
    // Empty or unreadable dates are no targets, never an error.
    expect(view('wfoeCommunityOut', { way, live: '', paid: 'next spring' }).timeline.milestones).toEqual([]);
  });

  it('for a way this result does not have, is the result’s own plan and says so; absent for a code that does not read', () => {
    for (const [name, way] of [
      ['wfoeCommunityOut', 'pilot-zone-company'],
      ['brochure', 'share-at-cap'],
      ['saasChatOut', 'pilot-drop-feature'],
    ] as const) {
      const v = planPage('en', codeOf(name), { way }, TODAY);
      expect(v?.kind === 'plan' && v.unknownWay, `${name} ${way}`).toBe(true);
      expect(v?.kind === 'plan' && v.way, `${name} ${way}`).toBeNull();
      expect(v?.kind === 'plan' && v.plan, `${name} ${way}`).toEqual(view(name, {}).plan);
    }
    expect(view('saasChatOut', {}).unknownWay).toBe(false);
    expect(planPage('en', '3-zzzz', {}, TODAY)).toBeNull();
  });

  it('reads one string per field from its query, and nothing too long', () => {
    expect(readPlanQuery({ way: ['a', 'b'], live: '2027-01-01', paid: 'x'.repeat(201) })).toEqual({ live: '2027-01-01' });
  });
});
