import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { getQuestion } from './flow';
import { RULESETS, type Ruleset } from './rulesets';
import { interchangeable, singles, sweep, type Choices } from './test-paths';
import type { Condition } from './types';

const ruleAndFlow = (r: Ruleset): Condition[] => [...r.rules.map((x) => x.when), ...r.questions.flatMap((q) => (q.when ? [q.when] : []))];
const steps = (r: Ruleset): Condition[] => r.nextSteps.flatMap((s) => ('answers' in s.when ? [s.when.answers] : []));

/** Hosting answers that every rule and question reads as mainland, by version (checked below). */
const AS_MAINLAND: Record<string, readonly string[]> = { '1': ['undecided'], '2': ['undecided', 'not-sure'] };

describe.each(RULESETS.map((r) => [r.version, r] as const))('every reachable path, ruleset version %s', (_, ruleset) => {
  it('each option alone (and each exclusive option): invariants hold', { timeout: 120_000 }, () => {
    // Version 2 has over a million single-option paths; hosting answers that read as mainland are left out.
    const choices: Choices = ruleset.version === '1' ? singles : (q, a) => (q.id === 'hosting' ? ['mainland', 'offshore'] : singles(q, a));
    const { count, failures } = sweep(choices, undefined, ruleset);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(100_000);
  });

  it('the checker itself catches a broken classification', () => {
    const { failures } = sweep(singles, (c) => ({ ...c, obligations: c.obligations.filter((o) => o.id !== 'icp-filing') }), ruleset);
    expect(failures.length).toBeGreaterThan(0);
  });
});

// These equivalences let the sweeps and paths-pairs.test.ts leave out options that cannot change any rule or question.
describe.each(RULESETS.map((r) => [r.version, r] as const))('interchangeable options, ruleset version %s', (_, ruleset) => {
  const hosting = getQuestion('hosting', ruleset)!;
  const forms = getQuestion('forms', ruleset)!;

  it.each(AS_MAINLAND[ruleset.version]!)(
    '"%s" hosting is mainland for every rule and question; only a next step tells them apart',
    (value) => {
      expect(interchangeable(hosting, 'mainland', value, ruleAndFlow(ruleset))).toBe(true);
      expect(interchangeable(hosting, 'mainland', value, steps(ruleset))).toBe(false);
      const answers = {
        hosting: 'mainland',
        forms: ['website'],
        operator: 'individual',
        revenue: ['paid-content'],
        activities: ['community'],
        sectors: ['none'],
        regions: 'several',
      };
      const mainland = classify(answers, ruleset);
      const other = classify({ ...answers, hosting: value }, ruleset);
      expect({ ...other, nextSteps: other.nextSteps.filter((s) => s !== 'decide-hosting') }).toEqual(mainland);
    },
  );

  it('an app and a mini program are treated alike', () => {
    expect(interchangeable(forms, 'app', 'mini-program', [...ruleAndFlow(ruleset), ...steps(ruleset)])).toBe(true);
  });

  it('the check notices options that are not interchangeable', () => {
    expect(interchangeable(hosting, 'mainland', 'offshore', ruleAndFlow(ruleset))).toBe(false);
    expect(interchangeable(forms, 'website', 'app', ruleAndFlow(ruleset))).toBe(false);
  });
});

describe('operators', () => {
  it('version 1 treats a private person and an operator without a mainland entity alike', () => {
    const v1 = RULESETS[0]!;
    expect(interchangeable(getQuestion('operator', v1)!, 'individual', 'no-entity', [...ruleAndFlow(v1), ...steps(v1)])).toBe(true);
  });

  it('version 2 tells them apart: a private person may file a non-commercial site, a foreign company nothing', () => {
    const v2 = RULESETS[1]!;
    expect(interchangeable(getQuestion('operator', v2)!, 'individual', 'no-entity', ruleAndFlow(v2))).toBe(false);
  });
});
