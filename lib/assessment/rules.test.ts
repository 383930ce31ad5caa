import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { isComplete } from './flow';
import { RULES } from './rules';
import { complete, firedRules, PAID } from './testing/v3-cases';
import { INFRA, TABLE } from './testing/v3-table';

describe('rules', () => {
  it('every rule has a table with cases that fire it and cases that do not', () => {
    for (const rule of RULES) {
      const row = TABLE[rule.id];
      expect(row?.fires.length, rule.id).toBeGreaterThan(0);
      expect(row?.not.length, rule.id).toBeGreaterThan(0);
    }
    expect(Object.keys(TABLE).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const row = TABLE[rule.id];
    it.each(row.fires.map((o) => [JSON.stringify(o), o] as const))(`${rule.id} fires for %s`, (_, overrides) => {
      const answers = complete(overrides);
      expect(isComplete(answers)).toBe(true);
      expect(firedRules(answers).has(rule.id)).toBe(true);
    });
    it.each(row.not.map((o) => [JSON.stringify(o), o] as const))(`${rule.id} does not fire for %s`, (_, overrides) => {
      const answers = complete(overrides);
      expect(isComplete(answers)).toBe(true);
      expect(firedRules(answers).has(rule.id)).toBe(false);
    });
  }
});

describe('classify', () => {
  it('merges sub-items and codes over the rules that produced an obligation, each rule a reason', () => {
    const c = classify(complete({ revenue: ['listing-fees'], activities: ['community', 'others-publish'] }));
    const licence = c.obligations.find((o) => o.id === 'icp-licence');
    expect(licence?.subItems).toEqual(['release-delivery', 'community']);
    expect(licence?.because.map((r) => r.ruleId)).toEqual(['b25-listing-fees', 'b25-release-delivery', 'b25-community']);
    const infra = classify(complete(INFRA('dns', 'cloud')));
    expect(infra.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual(['B11', 'B26']);
  });

  it('reasons name the answered questions the rule read, in question order', () => {
    const c = classify(complete({ revenue: ['advertising'], activities: ['search-engine'] }));
    const reason = c.obligations.find((o) => o.id === 'icp-licence')?.because.find((r) => r.ruleId === 'b25-search-query');
    expect(reason?.questions).toEqual(['hosting', 'activities', 'revenue']);
    expect(reason?.citations.length).toBeGreaterThan(0);
  });

  it('an obligation that another rule calls not needed is only listed as needed', () => {
    expect(classify(complete({ sectors: ['music'], ...PAID })).notNeeded.map((n) => n.id)).not.toContain('culture-permit');
    expect(classify(complete({ sectors: ['music'] })).notNeeded.map((n) => n.id)).toContain('culture-permit');
  });

  it('ignores answers to questions not asked on the path', () => {
    const plain = classify(complete({}));
    const stale = classify(
      complete({ 'pilot-facilities': 'yes', infrastructure: ['cloud'], operations: 'several-provinces', control: 'private' }),
    );
    expect(stale.findings).toEqual(plain.findings);
    expect(stale.obligations).toEqual(plain.obligations);
  });

  it('puts the sector pre-approval before the filing and the licence, and ends with the consultation', () => {
    const steps = classify(complete({ sectors: ['news-repost'], ...PAID })).nextSteps;
    expect(steps.indexOf('sector-pre-approval')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('file-icp'));
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('apply-telecom-licences'));
    expect(steps.at(-1)).toBe('book-consultation');
    expect(classify(complete({ hosting: 'undecided' })).nextSteps[0]).toBe('decide-hosting');
  });
});
