import { describe, expect, it } from 'vitest';
import { RULESETS } from './rulesets';
import { pairsOf, singles, sweep, type Choices } from './test-paths';

// The full product with every pair of every multiple-choice question is ~10^8 paths. Instead each
// multiple-choice question in turn takes every pair of its options while every other question takes
// every single value, on mainland hosting (offshore disables every filing and licence rule, see
// structure.test.ts). Options that paths.test.ts shows to be interchangeable for every rule are left
// out: "undecided" hosting (= mainland), a private operator (= no mainland entity), a mini program (= app).
describe.each(RULESETS.map((r) => [r.version, r] as const))(
  'every reachable path with a pair of options, ruleset version %s',
  (_, ruleset) => {
    for (const question of ruleset.questions.filter((q) => q.kind === 'multi')) {
      it(`every pair of ${question.id} options, with every other answer: invariants hold`, { timeout: 180_000 }, () => {
        const pairs = pairsOf(question);
        const choices: Choices = (q, a) => {
          if (q.id === question.id) return pairs;
          if (q.id === 'hosting') return ['mainland'];
          if (q.id === 'operator')
            return ruleset.version === '1' ? ['mainland-company', 'no-entity'] : ['mainland-company', 'individual', 'no-entity'];
          if (q.id === 'forms') return [['website'], ['app']];
          return singles(q, a);
        };
        const { count, failures } = sweep(choices, undefined, ruleset);
        expect(failures).toEqual([]);
        expect(count).toBeGreaterThan(pairs.length);
      });
    }
  },
);
