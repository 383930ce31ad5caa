import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptions } from './assumptions';
import { classify } from './classify';
import { compareClassifications } from './compare';
import { applicableAnswers } from './flow';
import { CURRENT_RULESET, RULESETS } from './rulesets';
import { completeAnswers } from './testing/arbitraries';
import type { Answers } from './types';

const SHOP: Answers = {
  hosting: 'mainland',
  forms: ['website'],
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: ['paid-content'],
  activities: ['none'],
  sectors: ['none'],
  regions: 'one-province-local',
};

describe('assumptions', () => {
  it('no "not sure" answer, no assumption; version 1 has none', () => {
    expect(assumptions(SHOP)).toEqual([]);
    expect(assumptions({ ...SHOP, hosting: 'undecided' }, RULESETS[0]!)).toEqual([]);
  });

  it('hosting not sure: assumed mainland; offshore would remove the filings and the licence', () => {
    const [a, ...rest] = assumptions({ ...SHOP, hosting: 'not-sure' });
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ question: 'hosting', option: 'not-sure', assumed: 'mainland' });
    // "undecided" reads as mainland too: it changes nothing, so it is not listed.
    expect(a!.alternatives.map((x) => x.value)).toEqual(['offshore']);
    const { added, removed } = a!.alternatives[0]!.changes;
    expect(removed).toEqual(
      expect.arrayContaining([
        { kind: 'obligation', id: 'icp-filing' },
        { kind: 'obligation', id: 'icp-licence' },
      ]),
    );
    expect(added).toEqual(
      expect.arrayContaining([
        { kind: 'finding', id: 'offshore-hosting' },
        { kind: 'grey', id: 'offshore-serving' },
      ]),
    );
  });

  it('foreign shareholding not sure: only more than 50 % would change a paid content site', () => {
    const [a] = assumptions({ ...SHOP, 'foreign-share': 'not-sure', 'pilot-area': 'no' });
    expect(a).toMatchObject({ question: 'foreign-share', assumed: 'none' });
    expect(a!.alternatives.map((x) => x.value)).toEqual(['over-50']);
    expect(a!.alternatives[0]!.changes.added).toEqual([
      { kind: 'finding', id: 'foreign-cap-exceeded' },
      { kind: 'finding', id: 'pilot-zone-route' },
    ]);
  });

  it('pilot area not sure, over 50 % foreign: "if the company is in a pilot area" the cap no longer bites', () => {
    const [a] = assumptions({ ...SHOP, 'foreign-share': 'over-50', activities: ['others-publish'], 'pilot-area': 'not-sure' });
    expect(a).toMatchObject({ question: 'pilot-area', assumed: 'no' });
    expect(a!.alternatives.map((x) => x.value)).toEqual(['yes']);
    const changes = a!.alternatives[0]!.changes;
    expect(changes.removed).toEqual([{ kind: 'finding', id: 'foreign-cap-exceeded' }]);
    expect(changes.changed).toMatchObject([{ kind: 'finding', id: 'pilot-zone-route', confidence: { from: 'medium', to: 'high' } }]);
  });

  it('regions not sure: assumed several; one province with local users would settle the capital', () => {
    const [a] = assumptions({ ...SHOP, regions: 'not-sure' });
    expect(a).toMatchObject({ question: 'regions', assumed: 'several' });
    const local = a!.alternatives.find((x) => x.value === 'one-province-local')!;
    expect(local.changes.removed).toEqual([{ kind: 'grey', id: 'cross-regional-trigger' }]);
    expect(local.changes.changed).toMatchObject([{ kind: 'finding', id: 'capital-threshold', confidence: { from: 'medium', to: 'high' } }]);
  });

  it('several "not sure" answers are each explained, the others held', () => {
    const list = assumptions({ ...SHOP, hosting: 'not-sure', 'foreign-share': 'not-sure', 'pilot-area': 'not-sure', regions: 'not-sure' });
    expect(list.map((a) => a.question)).toEqual(['hosting', 'foreign-share', 'pilot-area', 'regions']);
    // With the shareholding read as none, the pilot area changes nothing.
    expect(list[2]!.alternatives).toEqual([]);
  });

  it('the rules read each "not sure" as its assumed answer', () => {
    // Same obligations; every finding and grey area of the assumed answer is still there (regions adds its grey area).
    const sample = fc.sample(completeAnswers, { numRuns: 3000, seed: 11 });
    let checked = 0;
    for (const answers of sample) {
      for (const { question, option, assumed } of CURRENT_RULESET.notSure) {
        if (!Object.hasOwn(answers, question) || answers[question] === option) continue;
        const unsure = { ...answers, [question]: option };
        if (applicableAnswers(unsure)[question] !== option) continue;
        const sure = { ...unsure, [question]: assumed };
        const changes = compareClassifications(classify(sure), classify(unsure));
        expect(changes.removed, `${question} in ${JSON.stringify(unsure)}`).toEqual([]);
        expect(
          changes.added.filter((x) => x.kind !== 'grey'),
          question,
        ).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
