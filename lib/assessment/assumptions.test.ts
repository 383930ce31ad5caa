import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptions } from './assumptions';
import { classify } from './classify';
import { compareClassifications } from './compare';
import { applicableAnswers } from './flow';
import { CURRENT_RULESET, RULESETS } from './rulesets';
import { completeAnswers } from './testing/arbitraries';
import { complete } from './testing/v3-cases';
import type { Answers } from './types';

/** A paid content site of a domestic company in one province. */
const SHOP: Answers = complete({ activities: ['own-content'], revenue: ['content-fees'], operations: 'one-province', users: 'local' });

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
    const [a] = assumptions({ ...SHOP, 'foreign-share': 'not-sure' });
    expect(a).toMatchObject({ question: 'foreign-share', assumed: 'none' });
    expect(a!.alternatives.map((x) => x.value)).toEqual(['over-50']);
    expect(a!.alternatives[0]!.changes.added).toEqual([
      { kind: 'finding', id: 'foreign-cap-exceeded' },
      { kind: 'finding', id: 'pilot-zone-route' },
    ]);
  });

  it('servers in the pilot area not sure: with them there, the cap no longer bites and the company may apply for the approval', () => {
    const answers = { ...SHOP, 'foreign-share': 'over-50', location: 'beijing', 'pilot-facilities': 'not-sure' };
    const [a] = assumptions(answers);
    expect(a).toMatchObject({ question: 'pilot-facilities', assumed: 'no' });
    expect(a!.alternatives.map((x) => x.value)).toEqual(['yes']);
    const changes = a!.alternatives[0]!.changes;
    expect(changes.removed).toEqual([{ kind: 'finding', id: 'foreign-cap-exceeded' }]);
  });

  it('where the company operates not sure: assumed several provinces; one province asks where the users are', () => {
    const [a] = assumptions({ ...SHOP, operations: 'not-sure' });
    expect(a).toMatchObject({ question: 'operations', assumed: 'several-provinces' });
    // One province opens the users question, read "not sure" in turn (as users nationwide): the cross-regional grey area.
    const one = a!.alternatives.find((x) => x.value === 'one-province')!;
    expect(one.changes.added).toEqual([{ kind: 'grey', id: 'cross-regional-trigger' }]);
  });

  it('several "not sure" answers are each explained, the others held', () => {
    const list = assumptions({ ...SHOP, hosting: 'not-sure', 'foreign-share': 'not-sure', operations: 'not-sure' });
    expect(list.map((a) => a.question)).toEqual(['hosting', 'foreign-share', 'operations']);
  });

  it('the rules read each "not sure" as its assumed answer', () => {
    // Same obligations; every finding and grey area of the assumed answer is still there (a grey area may be added).
    const sample = fc.sample(completeAnswers, { numRuns: 3000, seed: 11 });
    let checked = 0;
    for (const answers of sample) {
      for (const { question, option, assumed } of CURRENT_RULESET.notSure) {
        if (!Object.hasOwn(answers, question) || answers[question] === option) continue;
        const unsure = { ...answers, [question]: option };
        if (applicableAnswers(unsure)[question] !== option) continue;
        const sure = applicableAnswers({ ...unsure, [question]: assumed });
        // An assumed answer that would ask a further question the "not sure" one does not: nothing to compare.
        if (Object.keys(sure).length !== Object.keys(applicableAnswers(unsure)).length) continue;
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
