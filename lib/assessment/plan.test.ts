import { describe, expect, it } from 'vitest';
import { classify } from '.';
import { datedSteps, planOf } from './plan';
import { DECISION_CASES } from './testing/decision-cases';

const planFor = (name: keyof typeof DECISION_CASES) => {
  const answers = DECISION_CASES[name];
  return planOf(classify(answers), answers);
};
const flat = (name: keyof typeof DECISION_CASES) => planFor(name).stages.flatMap((s) => s.steps.map((step) => `${s.id}:${step.id}`));

describe('planOf', () => {
  it('a brochure site: the filing and its duties, no licence duty', () => {
    expect(flat('brochure')).toEqual([
      'prepare:prepare-filing',
      'apply:file-icp',
      'launch:display-filing-number',
      'first-30-days:file-psb',
      'yearly:keep-filing-current',
    ]);
  });

  it('a marketplace: the licence track in stage order, with its yearly report and renewal', () => {
    expect(flat('marketplace')).toEqual([
      'prepare:check-registered-capital',
      'prepare:prepare-filing',
      'prepare:prepare-licence',
      'apply:file-icp',
      'apply:file-app',
      // Live and filed before the licence application; no payment before the grant (issue 22).
      'apply:live-before-licence',
      'apply:apply-telecom-licences',
      'apply:no-payment-before-licence',
      'launch:display-filing-number',
      'launch:display-licence-number',
      // Practice varies: asked, not presented as a rule (icp-brief §12.9 [L]).
      'launch:licence-on-filing-record',
      'first-30-days:file-psb',
      'yearly:licence-annual-report',
      'yearly:renew-licence',
      'yearly:report-licence-changes',
      'yearly:keep-filing-current',
    ]);
    expect(datedSteps(planFor('marketplace')).map((s) => s.id)).toEqual(['file-psb', 'licence-annual-report', 'renew-licence']);
  });

  it('an offshore site: nothing about filing, which is not possible', () => {
    expect(flat('offshore')).toEqual(['launch:offshore-practicalities']);
    expect(datedSteps(planFor('offshore'))).toEqual([]);
  });

  it('a blocked result stops at the decision: nothing about the licence it cannot hold', () => {
    const plan = planFor('wfoeCommunityOut');
    expect(plan.stopsAtDecision).toBe(true);
    expect(flat('wfoeCommunityOut')).toEqual(['decide:choose-way-forward']);
    expect(flat('newsApp')).toEqual(['decide:choose-way-forward', 'decide:confirm-grey-areas']);
  });

  it('never holds licence duties where no licence is needed', () => {
    for (const name of Object.keys(DECISION_CASES) as (keyof typeof DECISION_CASES)[]) {
      const needsLicence = classify(DECISION_CASES[name]).obligations.some((o) => o.id.endsWith('-licence') || o.id === 'vats-other');
      if (!needsLicence) expect(flat(name).filter((s) => s.includes('licence'))).toEqual([]);
    }
  });
});
