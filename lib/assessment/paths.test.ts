import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { getQuestion } from './flow';
import { NEXT_STEPS } from './next-steps';
import { QUESTIONS } from './questions';
import { RULES } from './rules';
import { RULESETS } from './rulesets';
import { interchangeable, singles, sweep } from './test-paths';
import type { Condition, Question } from './types';

const RULE_AND_FLOW_CONDITIONS: Condition[] = [
  ...(RULES as readonly { when: Condition }[]).map((r) => r.when),
  ...(QUESTIONS as readonly Question[]).flatMap((q) => (q.when ? [q.when] : [])),
];
const STEP_CONDITIONS: Condition[] = NEXT_STEPS.flatMap((s) => ('answers' in s.when ? [s.when.answers] : []));

describe.each(RULESETS.map((r) => [r.version, r] as const))('every reachable path, ruleset version %s', (_, ruleset) => {
  it('each option alone (and each exclusive option): invariants hold', { timeout: 30_000 }, () => {
    const { count, failures } = sweep(singles, undefined, ruleset);
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(100_000);
  });

  it('the checker itself catches a broken classification', () => {
    const { failures } = sweep(singles, (c) => ({ ...c, obligations: c.obligations.filter((o) => o.id !== 'icp-filing') }), ruleset);
    expect(failures.length).toBeGreaterThan(0);
  });
});

// These equivalences let paths-pairs.test.ts leave out options that cannot change any rule or question.
describe('interchangeable options', () => {
  it('"undecided" hosting is mainland for every rule and question; only a next step tells them apart', () => {
    expect(interchangeable(getQuestion('hosting')!, 'mainland', 'undecided', RULE_AND_FLOW_CONDITIONS)).toBe(true);
    expect(interchangeable(getQuestion('hosting')!, 'mainland', 'undecided', STEP_CONDITIONS)).toBe(false);
    const answers = {
      hosting: 'mainland',
      forms: ['website'],
      operator: 'individual',
      revenue: ['paid-content'],
      activities: ['search'],
      sectors: ['none'],
      regions: 'several',
    };
    const mainland = classify(answers);
    const undecided = classify({ ...answers, hosting: 'undecided' });
    expect({ ...undecided, nextSteps: undecided.nextSteps.filter((s) => s !== 'decide-hosting') }).toEqual(mainland);
  });

  it('a private person and an operator without a mainland entity are treated alike', () => {
    expect(interchangeable(getQuestion('operator')!, 'individual', 'no-entity', [...RULE_AND_FLOW_CONDITIONS, ...STEP_CONDITIONS])).toBe(
      true,
    );
  });

  it('an app and a mini program are treated alike', () => {
    expect(interchangeable(getQuestion('forms')!, 'app', 'mini-program', [...RULE_AND_FLOW_CONDITIONS, ...STEP_CONDITIONS])).toBe(true);
  });

  it('the check notices options that are not interchangeable', () => {
    expect(interchangeable(getQuestion('hosting')!, 'mainland', 'offshore', RULE_AND_FLOW_CONDITIONS)).toBe(false);
    expect(interchangeable(getQuestion('forms')!, 'website', 'app', RULE_AND_FLOW_CONDITIONS)).toBe(false);
  });
});
