import { describe, expect, it } from 'vitest';
import { classify, nextQuestion, rulesetFor } from '.';
import { DECISION_CASES } from './testing/decision-cases';
import { judge } from './verdict';
import { waysForward } from './ways-forward';

type Case = keyof typeof DECISION_CASES;

describe('verdict and ways forward of representative answer sets', () => {
  it.each<[Case, string, string[]]>([
    ['brochure', 'clear', []],
    ['marketplace', 'clear', []],
    ['platformOnly', 'clear', []],
    // Serving mainland users from offshore is itself a grey zone.
    ['offshore', 'unsettled', []],
    // Where the company is registered is not known: a pilot area and another place lead to different verdicts.
    ['founder', 'unsettled', []],
    ['unsureShare', 'unsettled', []],
    ['wfoeCommunityOut', 'blocked', ['share-at-cap clear', 'domestic-partner clear', 'free-service clear', 'serve-offshore unsettled']],
    // The pilot does not open community platforms: the pilot-zone company is no way forward here.
    ['wfoeCommunityIn', 'blocked', ['share-at-cap clear', 'domestic-partner clear', 'free-service clear', 'serve-offshore unsettled']],
    ['noEntity', 'blocked', ['pilot-zone-company unsettled', 'domestic-partner unsettled', 'serve-offshore unsettled']],
    // A news app stays closed to foreign capital wherever it is hosted: only dropping news or a Chinese-owned operator helps.
    ['newsApp', 'blocked', ['drop-closed-feature unsettled', 'domestic-partner unsettled']],
    ['individual', 'blocked', ['own-company unsettled', 'free-service clear', 'serve-offshore unsettled']],
    // A private company cannot hold the audio-visual licence: a domestic shareholding changes nothing.
    ['privateVideo', 'blocked', ['drop-closed-feature unsettled']],
  ])('%s → %s, ways forward %j', (name, verdict, ways) => {
    const answers = DECISION_CASES[name];
    expect(judge(answers).id).toBe(verdict);
    expect(waysForward(answers).map((w) => `${w.id} ${w.verdict}`)).toEqual(ways);
  });

  it('each way forward is a complete answer set whose own classification gives its verdict and needs', () => {
    for (const answers of Object.values(DECISION_CASES)) {
      for (const way of waysForward(answers)) {
        expect(nextQuestion(way.answers)).toBeNull();
        const c = classify(way.answers);
        expect(judge(way.answers).id).toBe(way.verdict);
        expect(way.obligations).toEqual(c.obligations.map((o) => o.id));
        expect(way.changes.length).toBeGreaterThan(0);
      }
    }
  });

  it('names the answers it changes, in question order, dropping those no longer asked', () => {
    const noEntity = waysForward(DECISION_CASES.noEntity);
    const pilot = noEntity.find((w) => w.id === 'pilot-zone-company')!;
    expect(pilot.changes).toEqual(['operator', 'foreign-share', 'location', 'pilot-facilities', 'operations']);
    expect(pilot.answers).toMatchObject({ location: 'beijing', 'pilot-facilities': 'yes', operations: 'not-sure' });
    const offshore = waysForward(DECISION_CASES.wfoeCommunityOut).find((w) => w.id === 'serve-offshore')!;
    expect(offshore.changes).toEqual(['hosting', 'location', 'operations']);
  });

  it('a version-2 result keeps the ways forward of version 2', () => {
    const v2 = rulesetFor('2')!;
    const answers = {
      hosting: 'mainland',
      forms: ['website'],
      operator: 'mainland-company',
      'foreign-share': 'over-50',
      'pilot-area': 'no',
      revenue: ['subscriptions'],
      activities: ['community'],
      sectors: ['none'],
      regions: 'several',
    };
    expect(waysForward(answers, v2).map((w) => `${w.id} ${w.verdict}`)).toEqual([
      'share-at-cap unsettled',
      'domestic-partner unsettled',
      'free-service clear',
      'serve-offshore unsettled',
    ]);
  });
});
