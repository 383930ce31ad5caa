import { describe, expect, it } from 'vitest';
import { classify, nextQuestion, rulesetFor } from '.';
import { DECISION_CASES } from './testing/decision-cases';
import { judge } from './verdict';
import { WAY_FORWARD_KINDS, waysForward } from './ways-forward';

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
    ['wfoeCommunityOut', 'blocked', ['share-at-cap clear', 'domestic-partner clear', 'serve-offshore unsettled']],
    // The pilot does not open community platforms: the pilot-zone company is no way forward here.
    ['wfoeCommunityIn', 'blocked', ['share-at-cap clear', 'domestic-partner clear', 'serve-offshore unsettled']],
    // A foreign-owned SaaS with chat outside a pilot area: the pilot opens the software but not the chat.
    [
      'saasChatOut',
      'blocked',
      ['pilot-drop-feature messaging unsettled', 'share-at-cap unsettled', 'domestic-partner unsettled', 'serve-offshore unsettled'],
    ],
    // Inside one, taking the chat out is enough on its own.
    [
      'saasChatIn',
      'blocked',
      ['drop-feature messaging unsettled', 'share-at-cap unsettled', 'domestic-partner unsettled', 'serve-offshore unsettled'],
    ],
    // A mainland company already hosting offshore is not blocked: its result is the grey area itself.
    ['mainlandOffshore', 'unsettled', []],
    [
      'noEntity',
      'blocked',
      ['pilot-zone-company unsettled', 'domestic-partner unsettled', 'own-company unsettled', 'serve-offshore unsettled'],
    ],
    // A news app stays closed to foreign capital wherever it is hosted: only dropping news or a Chinese-owned operator helps.
    ['newsApp', 'blocked', ['drop-feature news-repost unsettled', 'domestic-partner unsettled']],
    // A private person: a company of their own, or income given up (incidental for a person's site); never a pilot.
    ['individual', 'blocked', ['own-company unsettled', 'free-service clear', 'serve-offshore unsettled']],
    // A private company cannot hold the audio-visual licence: a domestic shareholding changes nothing; the feature goes.
    ['privateVideo', 'blocked', ['drop-feature av-programmes unsettled']],
  ])('%s → %s, ways forward %j', (name, verdict, ways) => {
    const answers = DECISION_CASES[name];
    expect(judge(answers).id).toBe(verdict);
    expect(waysForward(answers).map((w) => [w.id, w.feature?.option, w.verdict].filter(Boolean).join(' '))).toEqual(ways);
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

  it('orders the ways by what they change: place or one feature, ownership, business model, offshore last and marked high risk', () => {
    for (const answers of Object.values(DECISION_CASES)) {
      const kinds = waysForward(answers).map((w) => WAY_FORWARD_KINDS.indexOf(w.kind));
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
      for (const way of waysForward(answers)) expect(way.risk === 'high').toBe(way.kind === 'offshore');
    }
  });

  it('offers each way only where this operator could take it', () => {
    const ids = (name: Case) => waysForward(DECISION_CASES[name]).map((w) => w.id);
    // Users pay for the service itself: giving up that income is no structure to offer.
    expect(ids('wfoeCommunityOut')).not.toContain('free-service');
    expect(ids('saasChatOut')).not.toContain('free-service');
    // A company already registered in mainland China is offered no company of its own, a person no pilot area.
    expect(ids('wfoeCommunityOut')).not.toContain('own-company');
    expect(ids('individual')).not.toContain('pilot-zone-company');
    // Each feature is offered once, by the way with the fewest other changes.
    const features = waysForward(DECISION_CASES.newsApp).flatMap((w) => (w.feature ? [w.feature.option] : []));
    expect(features).toEqual([...new Set(features)]);
  });

  it('takes a feature out only with something of the service left, and never by borrowing a licence (the change keeps the operator)', () => {
    const way = waysForward(DECISION_CASES.saasChatOut).find((w) => w.id === 'pilot-drop-feature')!;
    expect(way.feature).toEqual({ question: 'activities', option: 'messaging' });
    expect(way.answers).toMatchObject({
      activities: ['business-software'],
      location: 'beijing',
      'pilot-facilities': 'yes',
      operator: 'mainland-company',
      'foreign-share': 'over-50',
    });
    expect(waysForward(DECISION_CASES.wfoeCommunityOut).some((w) => w.feature)).toBe(false);
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
