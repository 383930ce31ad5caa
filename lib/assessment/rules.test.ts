import { describe, expect, it } from 'vitest';
import { classify, outcomeConfidence } from './classify';
import { askedQuestions, getQuestion, isComplete } from './flow';
import { optionIds } from './schema';
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
  'pilot-area': 'no',
  infrastructure: ['conferencing'],
  regions: 'one-province-local',
  'foreign-share': 'none',
};

function complete(overrides: Answers): Answers {
  let answers: Answers = { ...BASE, ...overrides };
  for (const q of askedQuestions(answers)) {
    if (answers[q.id] === undefined && Object.hasOwn(FILL, q.id)) answers = { ...answers, [q.id]: FILL[q.id]! };
  }
  // A case may only name options that exist: a misspelt or retired option would test nothing.
  for (const [id, value] of Object.entries(answers)) {
    const q = getQuestion(id);
    expect(q, id).toBeDefined();
    for (const v of Array.isArray(value) ? value : [value]) expect(optionIds(q!), `${id}=${String(v)}`).toContain(v);
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
  'offshore-serving-grey': {
    fires: [
      { hosting: 'offshore', ...PAID },
      { hosting: 'offshore', revenue: ['own-goods'] },
    ],
    not: [{ ...PAID }, { hosting: 'offshore' }],
  },
  'paid-services-icp-licence': {
    fires: [{ ...PAID }, { revenue: ['listing-fees'], hosting: 'undecided' }, { revenue: ['listing-fees'], hosting: 'not-sure' }],
    not: [
      {},
      { revenue: ['advertising'] },
      { revenue: ['own-goods', 'commissions'] },
      { hosting: 'offshore', ...PAID },
      { revenue: ['subscriptions'] },
    ],
  },
  'virtual-goods-icp-licence': {
    // A mobile game selling in-app items; a live-streaming app living on tips and gifts.
    fires: [
      { revenue: ['virtual-goods'], sectors: ['games'] },
      { revenue: ['virtual-goods'], activities: ['others-publish'], sectors: ['performances'] },
    ],
    not: [{}, { ...PAID }, { hosting: 'offshore', revenue: ['virtual-goods'] }],
  },
  'subscriptions-icp-licence': {
    fires: [{ revenue: ['subscriptions'] }],
    not: [
      { ...PAID },
      { hosting: 'offshore', revenue: ['subscriptions'] },
      { revenue: ['infrastructure-fees'], activities: ['infrastructure'], infrastructure: ['cloud'] },
    ],
  },
  'platform-commissions-icp-licence': {
    // An app store or a live-streaming platform that only takes a revenue share.
    fires: [
      { revenue: ['commissions'], activities: ['app-store'] },
      { revenue: ['commissions'], activities: ['others-publish'] },
    ],
    not: [{ revenue: ['commissions'], activities: ['third-party-trade'] }, { revenue: ['commissions'] }, { activities: ['app-store'] }],
  },
  'web-production-icp-licence': {
    fires: [{ revenue: ['web-design'] }, { revenue: ['web-design', 'own-goods'] }],
    not: [{}, { revenue: ['own-goods'] }, { hosting: 'offshore', revenue: ['web-design'] }],
  },
  'web-production-grey': {
    fires: [{ revenue: ['web-design'] }],
    not: [{}, { ...PAID }, { hosting: 'offshore', revenue: ['web-design'] }],
  },
  'advertising-icp-licence': {
    fires: [{ revenue: ['advertising'] }, { revenue: ['advertising', 'paid-content'] }],
    not: [{ ...PAID }, { hosting: 'offshore', revenue: ['advertising'] }],
  },
  'advertising-income-grey': {
    fires: [{ revenue: ['advertising'] }, { revenue: ['own-goods', 'advertising'] }],
    not: [
      { revenue: ['advertising', 'subscriptions'] },
      { revenue: ['advertising', 'virtual-goods'] },
      { hosting: 'offshore', revenue: ['advertising'] },
    ],
  },
  'subscriptions-saas-grey': {
    fires: [{ revenue: ['subscriptions'] }],
    not: [{ ...PAID }, { hosting: 'offshore', revenue: ['subscriptions'] }],
  },
  'b25-release-delivery': {
    fires: [
      { ...PAID, activities: ['others-publish'] },
      { revenue: ['advertising'], activities: ['app-store'] },
    ],
    not: [
      { activities: ['others-publish'] },
      { ...PAID, activities: ['search-engine'] },
      { hosting: 'offshore', ...PAID, activities: ['others-publish'] },
    ],
  },
  'b25-own-content-delivery': {
    fires: [{ ...PAID }, { revenue: ['subscriptions'], activities: ['third-party-trade'] }, { revenue: ['virtual-goods'] }],
    not: [{}, { ...PAID, activities: ['security'] }, { ...PAID, activities: ['others-publish'] }, { revenue: ['web-design'] }],
  },
  'b25-search-query': {
    fires: [{ ...PAID, activities: ['search-engine'] }],
    not: [{ activities: ['search-engine'] }, { ...PAID, activities: ['community'] }],
  },
  'b25-community': {
    fires: [{ ...PAID, activities: ['community'] }],
    not: [{ activities: ['community'] }, { ...PAID, activities: ['search-engine'] }],
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
  'infrastructure-fees-no-icp-licence': {
    // A cloud or SMS provider paid for its infrastructure: its own catalogue code, no ICP licence.
    fires: [
      { revenue: ['infrastructure-fees'], activities: ['infrastructure'], infrastructure: ['cloud'] },
      { revenue: ['infrastructure-fees'], activities: ['sms'] },
    ],
    not: [
      { revenue: ['infrastructure-fees', 'subscriptions'], activities: ['infrastructure'], infrastructure: ['cdn'] },
      { revenue: ['infrastructure-fees'] },
      { hosting: 'offshore', revenue: ['infrastructure-fees'], activities: ['sms'] },
    ],
  },
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
    not: [{ sectors: ['payment-settlement'] }, { hosting: 'offshore', sectors: ['ride-hailing'] }],
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
  'infrastructure-other': {
    fires: [{ activities: ['infrastructure'], infrastructure: ['other'] }],
    not: [
      { activities: ['infrastructure'], infrastructure: ['none'] },
      { activities: ['infrastructure'], infrastructure: ['dns'] },
    ],
  },
  'news-permit': {
    fires: [{ sectors: ['current-affairs-news'] }, { hosting: 'offshore', sectors: ['current-affairs-news', 'games'] }],
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
  'payment-licence': { fires: [{ sectors: ['payment-settlement'] }], not: [{ revenue: ['commissions'] }, { revenue: ['own-goods'] }] },
  'genai-filing': { fires: [{ sectors: ['genai'] }], not: [{}] },
  'no-mainland-entity': {
    fires: [
      { operator: 'individual', ...PAID },
      { operator: 'no-entity', activities: ['third-party-trade'] },
      { operator: 'no-entity', activities: ['infrastructure'], infrastructure: ['email'] },
    ],
    not: [{ operator: 'individual' }, { ...PAID }, { operator: 'no-entity', hosting: 'offshore', ...PAID }],
  },
  'no-entity-filing': {
    // No mainland entity cannot sponsor the filings either.
    fires: [{ operator: 'no-entity' }, { operator: 'no-entity', hosting: 'offshore', forms: ['app'] }],
    not: [{ operator: 'no-entity', hosting: 'offshore' }, { operator: 'individual' }, {}],
  },
  'individual-earning': {
    fires: [
      { operator: 'individual', revenue: ['own-goods'] },
      { operator: 'individual', ...PAID },
    ],
    not: [
      { operator: 'individual' },
      { operator: 'individual', hosting: 'offshore', revenue: ['advertising'] },
      { revenue: ['own-goods'] },
    ],
  },
  'foreign-cap-exceeded': {
    fires: [
      { ...MC_OVER_50, 'pilot-area': 'no', ...PAID },
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID, activities: ['community'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', activities: ['sms'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID, sectors: ['music'] },
      { ...MC_OVER_50, 'pilot-area': 'not-sure', ...PAID },
      { ...MC_OVER_50, 'pilot-area': 'yes', revenue: ['infrastructure-fees'], activities: ['infrastructure'], infrastructure: ['vpn'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID },
      { ...MC_OVER_50, 'pilot-area': 'no', activities: ['third-party-trade'] },
      { ...MC_OVER_50, activities: ['infrastructure'], infrastructure: ['email', 'call-centre'] },
      // B22, B23 and B24 are open to 100 %.
      {
        ...MC_OVER_50,
        revenue: ['infrastructure-fees'],
        activities: ['infrastructure'],
        infrastructure: ['conferencing', 'email', 'call-centre'],
      },
      { ...MC_UP_TO_50, revenue: ['infrastructure-fees'], activities: ['infrastructure'], infrastructure: ['vpn'] },
      { ...MC_UP_TO_50, ...PAID },
      { operator: 'mainland-company', 'foreign-share': 'not-sure', 'pilot-area': 'no', ...PAID },
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
      { ...MC_UP_TO_50, 'pilot-area': 'yes', activities: ['infrastructure'], infrastructure: ['cloud'] },
    ],
  },
  'pilot-zone-in-zone': {
    fires: [
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID, activities: ['others-publish', 'security'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', activities: ['device-platform'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', activities: ['infrastructure'], infrastructure: ['cloud', 'cdn'] },
      { ...MC_UP_TO_50, 'pilot-area': 'yes', activities: ['infrastructure'], infrastructure: ['cloud'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-area': 'no', ...PAID },
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID, activities: ['search-engine'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID, sectors: ['current-affairs-news'] },
      { ...MC_OVER_50, 'pilot-area': 'yes', activities: ['third-party-trade'] },
    ],
  },
  'pilot-zone-option': {
    fires: [
      { ...MC_OVER_50, 'pilot-area': 'no', ...PAID },
      { ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['cdn'] },
    ],
    not: [
      { ...MC_OVER_50, 'pilot-area': 'yes', ...PAID },
      { ...MC_OVER_50, 'pilot-area': 'no', ...PAID, activities: ['messaging'] },
      { ...MC_UP_TO_50, 'pilot-area': 'yes', activities: ['infrastructure'], infrastructure: ['cdn'] },
      { ...MC_UP_TO_50, ...PAID },
    ],
  },
  'foreign-prohibited-sector': {
    fires: [
      { ...MC_UP_TO_50, sectors: ['current-affairs-news'] },
      { ...MC_OVER_50, sectors: ['games'] },
      { ...MC_UP_TO_50, sectors: ['k9-tutoring'] },
      { ...MC_UP_TO_50, sectors: ['religion'] },
    ],
    not: [
      { sectors: ['current-affairs-news'] },
      { ...MC_UP_TO_50, sectors: ['music'] },
      { operator: 'no-entity', sectors: ['current-affairs-news'] },
      { operator: 'mainland-company', 'foreign-share': 'not-sure', sectors: ['current-affairs-news'] },
    ],
  },
  'foreign-prohibited-culture': {
    fires: [{ ...MC_UP_TO_50, sectors: ['performances'], ...PAID }],
    not: [
      { ...MC_UP_TO_50, sectors: ['performances'] },
      { ...MC_UP_TO_50, sectors: ['music'], ...PAID },
      { sectors: ['performances'], ...PAID },
    ],
  },
  'capital-one-province-local': {
    fires: [{ ...PAID, regions: 'one-province-local' }],
    not: [{ ...PAID, regions: 'several' }, { ...PAID, regions: 'one-province-nationwide' }, {}],
  },
  'capital-one-province-nationwide': {
    fires: [{ ...PAID, regions: 'one-province-nationwide' }],
    not: [{ ...PAID, regions: 'one-province-local' }, {}],
  },
  'capital-cross-regional': {
    fires: [
      { activities: ['sms'], regions: 'several' },
      { activities: ['sms'], regions: 'not-sure' },
    ],
    not: [{ activities: ['sms'], regions: 'one-province-local' }, {}],
  },
  'cross-regional-users-grey': {
    // The doubtful case: one province, users nationwide (icp-brief §3.5, §10.4).
    fires: [
      { revenue: ['commissions'], regions: 'one-province-nationwide' },
      { revenue: ['commissions'], regions: 'not-sure' },
    ],
    not: [
      { revenue: ['commissions'], regions: 'several' },
      { revenue: ['commissions'], regions: 'one-province-local' },
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
    const c = classify(complete({ revenue: ['listing-fees'], activities: ['community', 'others-publish'] }));
    const licence = c.obligations.find((o) => o.id === 'icp-licence');
    expect(licence?.subItems).toEqual(['release-delivery', 'community']);
    expect(licence?.because.map((r) => r.ruleId)).toEqual(['paid-services-icp-licence', 'b25-release-delivery', 'b25-community']);
    const infra = classify(complete({ activities: ['infrastructure'], infrastructure: ['dns', 'cloud'] }));
    expect(infra.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual(['B11', 'B26']);
  });

  it('reasons name the answered questions the rule read, in question order', () => {
    const c = classify(complete({ ...PAID, activities: ['search-engine'] }));
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
    const stale = classify(complete({ 'pilot-area': 'yes', infrastructure: ['cloud'], regions: 'several' }));
    expect(stale.findings).toEqual(plain.findings);
    expect(stale.obligations).toEqual(plain.obligations);
  });

  it('puts the sector pre-approval before the filing and the licence, and ends with the consultation', () => {
    const steps = classify(complete({ sectors: ['current-affairs-news'], ...PAID })).nextSteps;
    expect(steps.indexOf('sector-pre-approval')).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('file-icp'));
    expect(steps.indexOf('sector-pre-approval')).toBeLessThan(steps.indexOf('apply-telecom-licences'));
    expect(steps.at(-1)).toBe('book-consultation');
    expect(classify(complete({ hosting: 'undecided' })).nextSteps[0]).toBe('decide-hosting');
  });
});

describe('version 2 corrections (issue 11)', () => {
  const ids = (c: ReturnType<typeof classify>) => ({
    obligations: c.obligations.map((o) => o.id),
    notNeeded: c.notNeeded.map((o) => o.id),
    findings: c.findings.map((o) => o.id),
    greyAreas: c.greyAreas.map((o) => o.id),
  });
  const icp = (c: ReturnType<typeof classify>) => c.obligations.find((o) => o.id === 'icp-licence');

  it('a mobile game selling in-app items needs the ICP licence', () => {
    const c = classify(complete({ forms: ['app'], revenue: ['virtual-goods'], sectors: ['games'] }));
    expect(ids(c).obligations).toEqual(expect.arrayContaining(['app-filing', 'icp-licence', 'game-approval']));
  });

  it('a cloud provider paid for its infrastructure gets its own code, not an ICP licence or the SaaS grey area', () => {
    const c = classify(complete({ revenue: ['infrastructure-fees'], activities: ['infrastructure'], infrastructure: ['cloud', 'cdn'] }));
    expect(c.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual(['B11', 'B12']);
    expect(icp(c)).toBeUndefined();
    expect(ids(c).notNeeded).toContain('icp-licence');
    expect(ids(c).greyAreas).not.toContain('saas-classification');
  });

  it('an app store or live-streaming platform living on a revenue share needs the ICP licence with release and delivery', () => {
    for (const activity of ['app-store', 'others-publish']) {
      const c = classify(complete({ revenue: ['commissions'], activities: [activity] }));
      expect(icp(c)?.subItems, activity).toEqual(['release-delivery']);
    }
  });

  it('a web design agency is told about web-page production at the confidence of a grey area', () => {
    const c = classify(complete({ revenue: ['web-design'] }));
    expect(icp(c)).toBeDefined();
    expect(outcomeConfidence(icp(c)!)).toBe('medium');
    expect(ids(c).greyAreas).toContain('web-production');
  });

  it('SaaS sold by subscription: the ICP licence is never high next to the SaaS grey area', () => {
    const c = classify(complete({ revenue: ['subscriptions'] }));
    expect(outcomeConfidence(icp(c)!)).toBe('low');
    expect(ids(c).greyAreas).toContain('saas-classification');
    // Paid content alone is settled: high.
    expect(outcomeConfidence(icp(classify(complete({ ...PAID, activities: ['others-publish'] })))!)).toBe('high');
  });

  it('an obligation is as sure as its weakest deciding rule', () => {
    const reason = (confidence: 'high' | 'medium' | 'low') => ({ ruleId: 'x', questions: [], confidence, citations: [] });
    expect(outcomeConfidence({ because: [reason('high'), reason('high')] })).toBe('high');
    expect(outcomeConfidence({ because: [reason('high'), reason('medium')] })).toBe('medium');
    expect(outcomeConfidence({ because: [reason('medium'), reason('low'), reason('high')] })).toBe('low');
  });

  it('one province with users nationwide is the doubtful case; one province with local users is settled', () => {
    const local = classify(complete({ ...PAID, regions: 'one-province-local' }));
    const nationwide = classify(complete({ ...PAID, regions: 'one-province-nationwide' }));
    expect(outcomeConfidence(local.findings.find((f) => f.id === 'capital-threshold')!)).toBe('high');
    expect(ids(local).greyAreas).not.toContain('cross-regional-trigger');
    expect(outcomeConfidence(nationwide.findings.find((f) => f.id === 'capital-threshold')!)).toBe('medium');
    expect(ids(nationwide).greyAreas).toContain('cross-regional-trigger');
  });

  it('offshore hosting: no filing possible, no licence obtainable, a grey zone, never "licence not needed"', () => {
    const c = classify(complete({ hosting: 'offshore', ...PAID }));
    expect(ids(c).notNeeded).not.toContain('icp-licence');
    expect(ids(c).greyAreas).toContain('offshore-serving');
    expect(ids(c).findings).toContain('offshore-hosting');
  });

  it('a company without a mainland entity is told it cannot sponsor the filings, even for a free site', () => {
    const c = classify(complete({ operator: 'no-entity' }));
    expect(ids(c).findings).toContain('no-mainland-entity');
    expect(c.nextSteps).toContain('set-up-mainland-company');
  });

  it('a private person earning money gets a finding; a free personal site is a plain filing', () => {
    expect(ids(classify(complete({ operator: 'individual', revenue: ['own-goods'] }))).findings).toContain('no-mainland-entity');
    expect(ids(classify(complete({ operator: 'individual' }))).findings).toEqual([]);
  });

  it('B22, B23 and B24 are open to 100 % foreign ownership; B13 is capped', () => {
    const open = classify(
      complete({
        ...MC_OVER_50,
        revenue: ['infrastructure-fees'],
        activities: ['infrastructure'],
        infrastructure: ['conferencing', 'email', 'call-centre'],
      }),
    );
    expect(ids(open).findings).not.toContain('foreign-cap-exceeded');
    const vpn = classify(
      complete({
        ...MC_OVER_50,
        'pilot-area': 'no',
        revenue: ['infrastructure-fees'],
        activities: ['infrastructure'],
        infrastructure: ['vpn'],
      }),
    );
    expect(ids(vpn).findings).toContain('foreign-cap-exceeded');
  });

  it('the pilot question is asked for any foreign share that the pilot could change, not only above 50 %', () => {
    const asks = (a: Answers) => askedQuestions(complete(a)).some((q) => q.id === 'pilot-area');
    expect(asks({ ...MC_UP_TO_50, activities: ['infrastructure'], infrastructure: ['cloud'] })).toBe(true);
    expect(asks({ ...MC_UP_TO_50, ...PAID })).toBe(false);
    expect(asks({ ...MC_OVER_50, ...PAID })).toBe(true);
    expect(asks({ ...MC_OVER_50 })).toBe(false);
    expect(asks({ ...PAID })).toBe(false);
  });

  it('web pages that an app opens are filed as a website', () => {
    expect(ids(classify(complete({ forms: ['app', 'h5-pages'] }))).obligations).toEqual(
      expect.arrayContaining(['icp-filing', 'app-filing']),
    );
    expect(ids(classify(complete({ forms: ['app'] }))).obligations).not.toContain('icp-filing');
  });

  it('misread options were replaced: a shop taking Alipay, company news and a search box change nothing', () => {
    const sectors = getQuestion('sectors')!.options!.map((o) => o.id);
    const activities = getQuestion('activities')!.options!.map((o) => o.id);
    for (const retired of ['news', 'payments']) expect(sectors).not.toContain(retired);
    for (const retired of ['search', 'publish-others']) expect(activities).not.toContain(retired);
    const shop = classify(complete({ revenue: ['own-goods'] }));
    expect(ids(shop).obligations).toEqual(['icp-filing', 'psb-filing']);
    // "Not sure" of the pilot area is read as not in one.
    expect(ids(classify(complete({ ...MC_OVER_50, 'pilot-area': 'not-sure', ...PAID }))).findings).toContain('foreign-cap-exceeded');
  });

  it('the infrastructure follow-up has "other" and "none of these"', () => {
    const other = classify(complete({ activities: ['infrastructure'], infrastructure: ['other'] }));
    expect(other.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual([]);
    const none = classify(complete({ activities: ['infrastructure'], infrastructure: ['none'] }));
    expect(ids(none).obligations).toEqual(['icp-filing', 'psb-filing']);
  });
});
