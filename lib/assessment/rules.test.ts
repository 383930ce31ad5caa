import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { askedQuestions, isComplete } from './flow';
import { RULES, type RuleId } from './rules';
import type { AnswerValue, Answers } from './types';

/** A free brochure website of a domestic company on mainland hosting. */
const BASE: Answers = {
  hosting: 'mainland',
  forms: ['website'],
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: ['none'],
  activities: ['none'],
  sectors: ['none'],
};
/** Answers filled in for questions a case leaves open but its path asks. */
const FILL: Record<string, AnswerValue> = {
  'pilot-zone': false,
  infrastructure: ['conferencing'],
  regions: 'one-province',
  'foreign-share': 'none',
};

function complete(overrides: Answers): Answers {
  let answers: Answers = { ...BASE, ...overrides };
  for (const q of askedQuestions(answers)) {
    if (answers[q.id] === undefined && Object.hasOwn(FILL, q.id)) answers = { ...answers, [q.id]: FILL[q.id]! };
  }
  return answers;
}

function firedRules(answers: Answers): Set<string> {
  const c = classify(answers);
  return new Set([...c.obligations, ...c.notNeeded, ...c.findings, ...c.greyAreas].flatMap((o) => o.because.map((r) => r.ruleId)));
}

const MC_OVER_50 = { operator: 'mainland-company', 'foreign-share': 'over-50' } as const;
const MC_UP_TO_50 = { operator: 'mainland-company', 'foreign-share': 'up-to-50' } as const;
const PAID = { revenue: ['paid-content'] } as const;

/** For each rule: answer sets that fire it and answer sets that do not. */
const TABLE: Record<RuleId, { fires: Answers[]; not: Answers[] }> = {
  'website-icp-filing': {
    fires: [{}, { hosting: 'undecided' }, { forms: ['website', 'app'] }],
    not: [{ hosting: 'offshore' }, { forms: ['app'] }, { forms: ['mini-program'] }],
  },
  'website-psb-filing': { fires: [{}, { hosting: 'undecided' }], not: [{ hosting: 'offshore' }, { forms: ['app'] }] },
  'app-filing-mainland': {
    fires: [{ forms: ['app'] }, { forms: ['mini-program'], hosting: 'undecided' }],
    not: [{}, { hosting: 'offshore', forms: ['app'] }],
  },
  'app-filing-offshore': {
    fires: [
      { hosting: 'offshore', forms: ['app'] },
      { hosting: 'offshore', forms: ['website', 'mini-program'] },
    ],
    not: [{ forms: ['app'] }, { hosting: 'offshore' }],
  },
  'offshore-hosting': { fires: [{ hosting: 'offshore' }], not: [{}, { hosting: 'undecided' }] },
  'offshore-no-icp-filing': { fires: [{ hosting: 'offshore' }], not: [{}, { hosting: 'undecided' }] },
  'offshore-no-icp-licence': {
    fires: [
      { hosting: 'offshore', ...PAID },
      { hosting: 'offshore', revenue: ['own-goods'] },
    ],
    not: [{ ...PAID }, { hosting: 'offshore' }],
  },
  'paid-services-icp-licence': {
    fires: [{ ...PAID }, { revenue: ['listing-fees'] }, { revenue: ['subscriptions'], hosting: 'undecided' }],
    not: [{}, { revenue: ['advertising'] }, { revenue: ['own-goods', 'commissions'] }, { hosting: 'offshore', ...PAID }],
  },
  'advertising-icp-licence': {
    fires: [{ revenue: ['advertising'] }, { revenue: ['advertising', 'paid-content'] }],
    not: [{ ...PAID }, { hosting: 'offshore', revenue: ['advertising'] }],
  },
  'advertising-income-grey': {
    fires: [{ revenue: ['advertising'] }, { revenue: ['own-goods', 'advertising'] }],
    not: [{ revenue: ['advertising', 'subscriptions'] }, { hosting: 'offshore', revenue: ['advertising'] }],
  },
  'subscriptions-saas-grey': {
    fires: [{ revenue: ['subscriptions'] }],
    not: [{ ...PAID }, { hosting: 'offshore', revenue: ['subscriptions'] }],
  },
  'b25-release-delivery': {
    fires: [
      { ...PAID, activities: ['publish-others'] },
      { revenue: ['advertising'], activities: ['app-store'] },
    ],
    not: [
      { activities: ['publish-others'] },
      { ...PAID, activities: ['search'] },
      { hosting: 'offshore', ...PAID, activities: ['publish-others'] },
    ],
  },
  'b25-own-content-delivery': {
    fires: [{ ...PAID }, { revenue: ['subscriptions'], activities: ['third-party-trade'] }],
    not: [{}, { ...PAID, activities: ['security'] }, { ...PAID, activities: ['publish-others'] }],
  },
  'b25-search-query': {
    fires: [{ ...PAID, activities: ['search'] }],
    not: [{ activities: ['search'] }, { ...PAID, activities: ['community'] }],
  },
  'b25-community': {
    fires: [{ ...PAID, activities: ['community'] }],
    not: [{ activities: ['community'] }, { ...PAID, activities: ['search'] }],
  },
  'b25-instant-interaction': {
    fires: [{ revenue: ['listing-fees'], activities: ['messaging', 'community'] }],
    not: [{ activities: ['messaging'] }, { ...PAID }],
  },
  'b25-protection-processing': {
    fires: [{ revenue: ['subscriptions'], activities: ['security'] }],
    not: [{ activities: ['security'] }, { ...PAID, activities: ['messaging'] }],
  },
  'free-no-icp-licence': { fires: [{}, { hosting: 'offshore' }], not: [{ revenue: ['own-goods'] }, { ...PAID }] },
  'own-goods-no-icp-licence': {
    fires: [{ revenue: ['own-goods'] }, { revenue: ['own-goods', 'commissions'] }],
    not: [{ revenue: ['own-goods', 'advertising'] }, { hosting: 'offshore', revenue: ['own-goods'] }, {}],
  },
  'own-goods-self-operated-grey': { fires: [{ revenue: ['own-goods'] }], not: [{ revenue: ['own-goods', 'paid-content'] }, {}] },
  'third-party-trade-edi-licence': {
    fires: [{ activities: ['third-party-trade'] }, { revenue: ['commissions'] }],
    not: [{ activities: ['device-platform'] }, { hosting: 'offshore', activities: ['third-party-trade'] }],
  },
  'device-platform-edi-licence': {
    fires: [{ activities: ['device-platform'] }],
    not: [{ activities: ['third-party-trade'] }, { hosting: 'offshore', activities: ['device-platform'] }],
  },
  'ride-hailing-edi-licence': {
    fires: [{ sectors: ['ride-hailing'] }],
    not: [{ sectors: ['payments'] }, { hosting: 'offshore', sectors: ['ride-hailing'] }],
  },
  'sms-sp-licence': {
    fires: [{ activities: ['sms'] }],
    not: [{ activities: ['messaging'] }, { hosting: 'offshore', activities: ['sms'] }],
  },
  'infrastructure-b11': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['cloud'] }],
    not: [
      { activities: ['infrastructure'], infrastructure: ['cdn'] },
      { hosting: 'offshore', activities: ['infrastructure'], infrastructure: ['cloud'] },
    ],
  },
  'infrastructure-b12': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['cdn'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['cloud'] }],
  },
  'infrastructure-b13': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['vpn'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['access'] }],
  },
  'infrastructure-b14': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['access'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['vpn'] }],
  },
  'infrastructure-b22': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['conferencing'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['email'] }],
  },
  'infrastructure-b23': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['email'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['call-centre'] }],
  },
  'infrastructure-b24': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['call-centre'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['dns'] }],
  },
  'infrastructure-b26': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['dns'] }],
    not: [{ activities: ['infrastructure'], infrastructure: ['cloud'] }],
  },
  'news-permit': {
    fires: [{ sectors: ['news'] }, { hosting: 'offshore', sectors: ['news', 'games'] }],
    not: [{}, { sectors: ['publishing'] }],
  },
  'publishing-permit': { fires: [{ sectors: ['publishing'] }], not: [{ sectors: ['games'] }] },
  'game-approval': { fires: [{ sectors: ['games'] }], not: [{ sectors: ['publishing'] }] },
  'audiovisual-permit': { fires: [{ sectors: ['audio-visual'] }], not: [{ sectors: ['music'] }] },
  'culture-permit': {
    fires: [
      { sectors: ['performances'], ...PAID },
      { sectors: ['music'], revenue: ['own-goods'] },
    ],
    not: [{ sectors: ['performances'] }, { sectors: ['games'], ...PAID }],
  },
  'culture-free-no-permit': {
    fires: [{ sectors: ['music'] }, { sectors: ['performances'] }],
    not: [{ sectors: ['music'], revenue: ['advertising'] }, {}],
  },
  'drug-info-permit': { fires: [{ sectors: ['drugs-devices'] }], not: [{ sectors: ['genai'] }] },
  'education-approval': { fires: [{ sectors: ['k9-tutoring'] }], not: [{ sectors: ['religion'] }] },
  'religion-permit': { fires: [{ sectors: ['religion'] }], not: [{ sectors: ['k9-tutoring'] }] },
  'recruitment-permit': { fires: [{ sectors: ['recruitment'] }], not: [{ sectors: ['ride-hailing'] }] },
  'ride-hailing-permit': { fires: [{ sectors: ['ride-hailing'] }], not: [{ activities: ['third-party-trade'] }] },
  'payment-licence': { fires: [{ sectors: ['payments'] }], not: [{ revenue: ['commissions'] }] },
  'genai-filing': { fires: [{ sectors: ['genai'] }], not: [{}] },
  'no-mainland-entity': {
    fires: [
      { operator: 'individual', ...PAID },
      { operator: 'no-entity', activities: ['third-party-trade'] },
      { operator: 'no-entity', activities: ['infrastructure'], infrastructure: ['email'] },
    ],
    not: [{ operator: 'individual' }, { ...PAID }, { operator: 'no-entity', hosting: 'offshore', ...PAID }],
  },
  'foreign-cap-exceeded': {
    fires: [
      { ...MC_OVER_50, 'pilot-zone': false, ...PAID },
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID, activities: ['community'] },
      { ...MC_OVER_50, 'pilot-zone': true, activities: ['sms'] },
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID, sectors: ['music'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID },
      { ...MC_OVER_50, 'pilot-zone': false, activities: ['third-party-trade'] },
      { ...MC_OVER_50, 'pilot-zone': false, activities: ['infrastructure'], infrastructure: ['email', 'call-centre'] },
      { ...MC_UP_TO_50, ...PAID },
    ],
  },
  'foreign-closed-infrastructure': {
    fires: [
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['cloud'] },
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['access'] },
    ],
    not: [
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['vpn'] },
      { activities: ['infrastructure'], infrastructure: ['cloud'] },
    ],
  },
  'pilot-zone-in-zone': {
    fires: [
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID, activities: ['publish-others', 'security'] },
      { ...MC_OVER_50, 'pilot-zone': true, activities: ['device-platform'] },
      { ...MC_OVER_50, 'pilot-zone': true, activities: ['infrastructure'], infrastructure: ['cloud', 'cdn'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-zone': false, ...PAID },
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID, activities: ['search'] },
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID, sectors: ['news'] },
      { ...MC_OVER_50, 'pilot-zone': true, activities: ['third-party-trade'] },
    ],
  },
  'pilot-zone-option': {
    fires: [
      { ...MC_OVER_50, 'pilot-zone': false, ...PAID },
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['cdn'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-zone': true, ...PAID },
      { ...MC_OVER_50, 'pilot-zone': false, ...PAID, activities: ['messaging'] },
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['cloud', 'dns'] },
      { ...MC_UP_TO_50, ...PAID },
    ],
  },
  'foreign-prohibited-sector': {
    fires: [
      { ...MC_UP_TO_50, sectors: ['news'] },
      { ...MC_OVER_50, sectors: ['games'] },
      { ...MC_UP_TO_50, sectors: ['k9-tutoring'] },
      { ...MC_UP_TO_50, sectors: ['religion'] },
    ],
    not: [{ sectors: ['news'] }, { ...MC_UP_TO_50, sectors: ['music'] }, { operator: 'no-entity', sectors: ['news'] }],
  },
  'foreign-prohibited-culture': {
    fires: [{ ...MC_UP_TO_50, sectors: ['performances'], ...PAID }],
    not: [
      { ...MC_UP_TO_50, sectors: ['performances'] },
      { ...MC_UP_TO_50, sectors: ['music'], ...PAID },
      { sectors: ['performances'], ...PAID },
    ],
  },
  'capital-one-province': { fires: [{ ...PAID, regions: 'one-province' }], not: [{ ...PAID, regions: 'several' }, {}] },
  'capital-cross-regional': {
    fires: [{ activities: ['sms'], regions: 'several' }],
    not: [{ activities: ['sms'], regions: 'one-province' }, {}],
  },
  'cross-regional-grey': {
    fires: [{ revenue: ['commissions'], regions: 'several' }],
    not: [
      { revenue: ['commissions'], regions: 'one-province' },
      { hosting: 'offshore', revenue: ['commissions'] },
    ],
  },
};

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
    const c = classify(complete({ revenue: ['listing-fees'], activities: ['community', 'publish-others'] }));
    const licence = c.obligations.find((o) => o.id === 'icp-licence');
    expect(licence?.subItems).toEqual(['release-delivery', 'community']);
    expect(licence?.because.map((r) => r.ruleId)).toEqual(['paid-services-icp-licence', 'b25-release-delivery', 'b25-community']);
    const infra = classify(complete({ activities: ['infrastructure'], infrastructure: ['dns', 'cloud'] }));
    expect(infra.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual(['B11', 'B26']);
  });

  it('reasons name the answered questions the rule read, in question order', () => {
    const c = classify(complete({ ...PAID, activities: ['search'] }));
    const reason = c.obligations.find((o) => o.id === 'icp-licence')?.because.find((r) => r.ruleId === 'b25-search-query');
    expect(reason?.questions).toEqual(['hosting', 'revenue', 'activities']);
    expect(reason?.citations.length).toBeGreaterThan(0);
  });

  it('an obligation that another rule calls not needed is only listed as needed', () => {
    // Music for profit needs the culture licence; nothing marks it not needed. Free music: not needed.
    expect(classify(complete({ sectors: ['music'], ...PAID })).notNeeded.map((n) => n.id)).not.toContain('culture-permit');
    expect(classify(complete({ sectors: ['music'] })).notNeeded.map((n) => n.id)).toContain('culture-permit');
  });

  it('ignores answers to questions not asked on the path', () => {
    const plain = classify(complete({}));
    const stale = classify(complete({ 'pilot-zone': true, infrastructure: ['cloud'], regions: 'several' }));
    expect(stale.findings).toEqual(plain.findings);
    expect(stale.obligations).toEqual(plain.obligations);
  });

  it('puts the sector pre-approval before the filing and the licence, and ends with the consultation', () => {
    const steps = classify(complete({ sectors: ['news'], ...PAID })).nextSteps;
    expect(steps.indexOf('sector-pre-approval')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('file-icp'));
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('apply-telecom-licences'));
    expect(steps.at(-1)).toBe('book-consultation');
    expect(classify(complete({ hosting: 'undecided' })).nextSteps[0]).toBe('decide-hosting');
  });
});
