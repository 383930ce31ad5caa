import { describe, expect, it } from 'vitest';
import { classify, nextQuestion } from '.';
import { DECISION_CASES } from './testing/decision-cases';
import { verdictOf } from './verdict';
import { waysForward } from './ways-forward';

type Case = keyof typeof DECISION_CASES;

describe('verdict and ways forward of representative answer sets', () => {
  it.each<[Case, string, string[]]>([
    ['brochure', 'clear', []],
    ['marketplace', 'clear', []],
    // Serving mainland users from offshore is itself a grey zone (ruleset 2).
    ['offshore', 'unsettled', []],
    [
      'wfoeCommunityOut',
      'blocked',
      ['share-at-cap unsettled', 'domestic-partner unsettled', 'free-service clear', 'serve-offshore unsettled'],
    ],
    // The pilot does not open community platforms: the pilot-zone company is no way forward here.
    [
      'wfoeCommunityIn',
      'blocked',
      ['share-at-cap unsettled', 'domestic-partner unsettled', 'free-service clear', 'serve-offshore unsettled'],
    ],
    [
      'founder',
      'blocked',
      [
        'share-at-cap unsettled',
        'pilot-zone-company unsettled',
        'domestic-partner unsettled',
        'free-service clear',
        'serve-offshore unsettled',
      ],
    ],
    ['noEntity', 'blocked', ['pilot-zone-company unsettled', 'domestic-partner unsettled', 'serve-offshore unsettled']],
    // A news app stays closed to foreign capital wherever it is hosted: only a Chinese-owned operator or dropping news helps.
    ['newsApp', 'blocked', ['domestic-partner unsettled', 'drop-closed-feature unsettled']],
    ['individual', 'blocked', ['own-company clear', 'free-service clear', 'serve-offshore unsettled']],
  ])('%s → %s, ways forward %j', (name, verdict, ways) => {
    const answers = DECISION_CASES[name];
    expect(verdictOf(classify(answers)).id).toBe(verdict);
    expect(waysForward(answers).map((w) => `${w.id} ${w.verdict}`)).toEqual(ways);
  });

  it('each way forward is a complete answer set whose own classification gives its verdict and needs', () => {
    for (const answers of Object.values(DECISION_CASES)) {
      for (const way of waysForward(answers)) {
        expect(nextQuestion(way.answers)).toBeNull();
        const c = classify(way.answers);
        expect(verdictOf(c).id).toBe(way.verdict);
        expect(way.obligations).toEqual(c.obligations.map((o) => o.id));
        expect(way.changes.length).toBeGreaterThan(0);
      }
    }
  });

  it('names the answers it changes, in question order, dropping those no longer asked', () => {
    const founder = waysForward(DECISION_CASES.founder);
    expect(founder.find((w) => w.id === 'share-at-cap')?.changes).toEqual(['foreign-share', 'pilot-area']);
    expect(founder.find((w) => w.id === 'share-at-cap')?.answers).not.toHaveProperty('pilot-area');
    expect(founder.find((w) => w.id === 'serve-offshore')?.changes).toEqual(['hosting', 'pilot-area', 'regions']);
    expect(founder.find((w) => w.id === 'pilot-zone-company')?.answers['pilot-area']).toBe('yes');
  });
});
