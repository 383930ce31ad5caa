import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { pairsOf } from './equivalence';
import { askedQuestions, getQuestion } from './flow';
import { CLASSIFYING_ACTIVITIES } from './rules';
import { CURRENT_RULESET } from './rulesets';
import { complete, MC_OVER_50, MC_UP_TO_50 } from './testing/v3-cases';
import type { Answers, Classification } from './types';
import { judge } from './verdict';

// The classes of issue 21, each from icp-brief.md: answer sets that must and must not give each result.

const ids = (c: Classification) => ({
  obligations: c.obligations.map((o) => o.id),
  findings: c.findings.map((o) => o.id),
  grey: c.greyAreas.map((o) => o.id),
  notNeeded: c.notNeeded.map((o) => o.id),
});
/** Licence families with their sub-items and codes, and the grey areas: what a payment model must not add. */
function families(c: Classification): Set<string> {
  const out = new Set<string>();
  for (const o of c.obligations) {
    if (!['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'].includes(o.id)) continue;
    out.add(o.id);
    o.subItems.forEach((s) => out.add(`${o.id}:${s}`));
    o.codes.forEach((s) => out.add(`${o.id}:${s}`));
  }
  c.greyAreas.forEach((g) => out.add(`grey:${g.id}`));
  return out;
}
const asked = (a: Answers) => askedQuestions(a).map((q) => q.id);
const verdict = (overrides: Answers) => judge(complete(overrides)).id;

describe('what the service does decides the licence; how it earns only whether it is commercial (§2, §6 step 2)', () => {
  const activities = getQuestion('activities')!;
  const activitySets = [...activities.options!.map((o) => [o.id]), ...pairsOf(activities)];
  const revenue = getQuestion('revenue')!;
  const revenueSets = [
    ...revenue.options!.filter((o) => o.id !== 'service-fees').map((o) => [o.id]),
    ...pairsOf(revenue).filter((p) => !p.includes('service-fees')),
  ];

  it('every activity × every income: the payment model changes only whether the service is commercial', () => {
    let compared = 0;
    for (const acts of activitySets) {
      const infra: Answers = acts.includes('infrastructure') ? { infrastructure: ['cloud', 'conferencing'] } : {};
      const classifies = acts.some((a) => (CLASSIFYING_ACTIVITIES as readonly string[]).includes(a));
      for (const rev of revenueSets) {
        const without = classify(complete({ activities: acts, revenue: rev, ...infra }));
        const withFee = classify(
          complete({ activities: acts, revenue: rev.includes('none') ? ['service-fees'] : [...rev, 'service-fees'], ...infra }),
        );
        const before = families(without);
        const added = [...families(withFee)].filter((f) => !before.has(f));
        const commercialAlready = rev.some((r) => !['none', 'offline-sales', 'own-goods', 'infrastructure-fees'].includes(r));
        if (commercialAlready) {
          // Already commercial: the payment model adds nothing at all.
          expect(added, `${acts} + ${rev}`).toEqual([]);
        } else {
          // Now commercial: only what the activities say (a B25 sub-item of their own), or, where no activity says what
          // the service is, the ICP licence with the SaaS grey area.
          const allowed = new Set([
            'icp-licence',
            'icp-licence:release-delivery',
            'icp-licence:search-query',
            'icp-licence:community',
            'icp-licence:instant-interaction',
            'icp-licence:protection-processing',
          ]);
          // Business software is the SaaS case itself: its category is the grey area.
          if (!classifies || acts.includes('business-software')) allowed.add('grey:saas-classification');
          for (const f of added) expect(allowed.has(f), `${acts} + ${rev} adds ${f}`).toBe(true);
          if (added.some((f) => f.startsWith('icp-licence:')))
            expect(
              acts.some((a) =>
                ['own-content', 'others-publish', 'app-store', 'search-engine', 'community', 'messaging', 'security'].includes(a),
              ),
            ).toBe(true);
          for (const family of ['edi-licence', 'sp-licence', 'vats-other']) expect(added, `${acts} + ${rev}`).not.toContain(family);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('a subscription never adds the SaaS grey area or a licence to a service whose activity already says what it is', () => {
    for (const [activity, family] of [
      ['device-platform', 'edi-licence'],
      ['third-party-trade', 'edi-licence'],
      ['sms', 'sp-licence'],
    ] as const) {
      const c = ids(classify(complete({ activities: [activity], revenue: ['service-fees'] })));
      expect(c.obligations).toContain(family);
      expect(c.obligations).not.toContain('icp-licence');
      expect(c.grey).not.toContain('saas-classification');
    }
    const cloud = ids(classify(complete({ activities: ['infrastructure'], revenue: ['service-fees'], infrastructure: ['cloud'] })));
    expect(cloud.obligations).not.toContain('icp-licence');
    expect(cloud.grey).toEqual([]);
  });

  it('adding an activity never removes a sub-item the service still uses: paid courses stay release and delivery with a forum', () => {
    const courses = classify(complete({ activities: ['own-content'], revenue: ['content-fees'] }));
    const withForum = classify(complete({ activities: ['own-content', 'community'], revenue: ['content-fees'] }));
    expect(courses.obligations.find((o) => o.id === 'icp-licence')?.subItems).toEqual(['release-delivery']);
    expect(withForum.obligations.find((o) => o.id === 'icp-licence')?.subItems).toEqual(['release-delivery', 'community']);
  });

  it('a commission makes B21 only where others trade with each other on the platform', () => {
    expect(ids(classify(complete({ activities: ['third-party-trade'], revenue: ['commissions'] }))).obligations).toContain('edi-licence');
    const tips = ids(
      classify(complete({ activities: ['others-publish'], revenue: ['virtual-goods', 'commissions'], sectors: ['performances'] })),
    );
    expect(tips.obligations).not.toContain('edi-licence');
    expect(tips.obligations).toContain('icp-licence');
  });

  it('infrastructure and communications are recognised from either answer, and never end as "filing only, clear"', () => {
    expect(asked(complete({ activities: ['infrastructure'], infrastructure: ['email'] }))).toContain('infrastructure');
    expect(asked(complete({ revenue: ['infrastructure-fees'], infrastructure: ['email'] }))).toContain('infrastructure');
    for (const service of ['cloud', 'cdn', 'vpn', 'access', 'conferencing', 'email', 'call-centre', 'dns', 'other', 'none'] as const) {
      const c = ids(classify(complete({ revenue: ['infrastructure-fees'], infrastructure: [service] })));
      expect(c.obligations, service).toContain('vats-other');
    }
    expect(ids(classify(complete({ revenue: ['infrastructure-fees'], infrastructure: ['ivr'] }))).obligations).toContain('icp-licence');
  });

  it('B21 beyond e-commerce is capped at 50 % outside the pilot areas; operating e-commerce is open to 100 % (§2.3, §3.2)', () => {
    for (const activity of ['data-processing', 'edi-exchange', 'device-platform'])
      expect(verdict({ ...MC_OVER_50, activities: [activity], revenue: ['service-fees'] }), activity).toBe('blocked');
    expect(verdict({ ...MC_OVER_50, activities: ['third-party-trade'], revenue: ['commissions'] })).toBe('clear');
    expect(
      verdict({
        ...MC_OVER_50,
        activities: ['device-platform'],
        revenue: ['service-fees'],
        location: 'beijing',
        'pilot-facilities': 'yes',
      }),
    ).toBe('clear');
  });
});

describe('who may hold it, beyond foreign capital (§3.1, §5, §12.3, §12.6)', () => {
  const AV = { activities: ['others-publish'], revenue: ['advertising', 'virtual-goods'], sectors: ['av-programmes'] };

  it('a privately owned company needing the AVSP or original news gathering is blocked; a state-controlled one or a news unit is not', () => {
    expect(verdict({ ...AV, control: 'private' })).toBe('blocked');
    expect(ids(classify(complete({ ...AV, control: 'private' }))).findings).toContain('private-capital-barred');
    expect(verdict({ ...AV, control: 'state-controlled' })).not.toBe('blocked');
    expect(verdict({ sectors: ['news-original'], control: 'state-controlled' })).toBe('blocked');
    expect(verdict({ sectors: ['news-original'], control: 'news-unit' })).not.toBe('blocked');
    expect(verdict({ sectors: ['news-repost'], control: 'private' })).not.toBe('blocked');
    // Not sure who controls it: unsettled, never blocked because the pessimistic reading was assumed.
    expect(verdict({ ...AV, control: 'not-sure' })).toBe('unsettled');
  });

  it('asks who controls the company only where the answer can change the result', () => {
    expect(asked(complete(AV))).toContain('control');
    expect(asked(complete({ sectors: ['news-original'] }))).toContain('control');
    expect(asked(complete({ ...AV, ...MC_UP_TO_50 }))).not.toContain('control');
    expect(asked(complete({ sectors: ['news-repost'] }))).not.toContain('control');
    expect(asked(complete({ forms: ['channel'], sectors: ['av-programmes'] }))).not.toContain('control');
  });

  it('individuals, registered individual businesses, public institutions and representative offices may file but not hold a licence', () => {
    for (const operator of ['individual-business', 'public-institution', 'rep-office']) {
      expect(verdict({ operator }), operator).toBe('clear');
      expect(ids(classify(complete({ operator, activities: ['community'], revenue: ['service-fees'] }))).findings).toContain(
        'not-a-company',
      );
    }
    expect(ids(classify(complete({ operator: 'individual', activities: ['community'] }))).findings).toContain('personal-filing-scope');
    expect(ids(classify(complete({ operator: 'rep-office', revenue: ['own-goods'] }))).findings).toContain('rep-office-limits');
    // A registered individual business selling its own goods is a self-operated shop, not a personal filing.
    expect(ids(classify(complete({ operator: 'individual-business', revenue: ['own-goods'] }))).findings).toEqual([]);
  });

  it('asks about Hong Kong and Macau investors only where CEPA could change the result, and says what it opens', () => {
    const cloud = { ...MC_UP_TO_50, activities: ['infrastructure'], revenue: ['infrastructure-fees'], infrastructure: ['cloud'] };
    expect(asked(complete(cloud))).toContain('investor-origin');
    expect(asked(complete({ ...MC_UP_TO_50, revenue: ['content-fees'] }))).not.toContain('investor-origin');
    expect(asked(complete({ ...MC_OVER_50, activities: ['community'], revenue: ['service-fees'] }))).not.toContain('investor-origin');
    expect(verdict({ ...cloud, 'investor-origin': 'hk-macau' })).toBe('clear');
    expect(verdict({ ...cloud, 'investor-origin': 'other' })).toBe('blocked');
    expect(verdict({ ...cloud, 'investor-origin': 'not-sure' })).toBe('unsettled');
  });

  it('findings that cannot matter are not shown: no capital threshold for an operator that cannot hold the licence at all', () => {
    for (const operator of ['individual', 'individual-business', 'rep-office', 'no-entity'])
      expect(ids(classify(complete({ operator, revenue: ['content-fees'] }))).findings, operator).not.toContain('capital-threshold');
    expect(ids(classify(complete({ revenue: ['content-fees'] }))).findings).toContain('capital-threshold');
  });
});

describe('a verdict is never more certain than what it rests on (outcomes.md, "Verdicts")', () => {
  it('"not sure" on each question that can block: unsettled where its answers would differ, with what each leads to', () => {
    const over50 = { ...MC_OVER_50, activities: ['own-content'], revenue: ['content-fees'] };
    const cases: [string, Answers][] = [
      ['hosting', { operator: 'no-entity', hosting: 'not-sure', revenue: ['content-fees'] }],
      ['foreign-share', { 'foreign-share': 'not-sure', activities: ['community'], revenue: ['service-fees'] }],
      ['control', { sectors: ['av-programmes'], control: 'not-sure', revenue: ['service-fees'] }],
      ['location', { ...over50, location: 'not-sure' }],
      ['shanghai-area', { ...over50, location: 'shanghai', 'shanghai-area': 'not-sure' }],
      ['guangdong-city', { ...over50, location: 'guangdong', 'guangdong-city': 'not-sure' }],
      ['hainan-area', { ...over50, location: 'hainan', 'hainan-area': 'not-sure' }],
      ['pilot-facilities', { ...over50, location: 'beijing', 'pilot-facilities': 'not-sure' }],
      [
        'investor-origin',
        {
          ...MC_UP_TO_50,
          activities: ['infrastructure'],
          revenue: ['infrastructure-fees'],
          infrastructure: ['cdn'],
          'investor-origin': 'not-sure',
        },
      ],
    ];
    for (const [question, overrides] of cases) {
      const v = judge(complete(overrides));
      expect(v.id, question).toBe('unsettled');
      expect(
        v.uncertain?.map((u) => u.question),
        question,
      ).toContain(question);
    }
  });

  it('a block that holds only on one side of a grey area is unsettled, and names what would block it', () => {
    for (const [grey, overrides] of [
      ['advertising-income', { ...MC_OVER_50, activities: ['own-content'], revenue: ['advertising'] }],
      ['web-production', { ...MC_OVER_50, revenue: ['web-design'] }],
      ['av-scope', { sectors: ['recorded-lessons'], activities: ['own-content'], revenue: ['content-fees'] }],
    ] as const) {
      const v = judge(complete(overrides as Answers));
      expect(v.id, grey).toBe('unsettled');
      expect(
        v.wouldBlock?.map((b) => b.grey),
        grey,
      ).toContain(grey);
    }
  });
});

describe('where the company is (§3.3, §3.5, §12.1)', () => {
  const pilotCase = { ...MC_OVER_50, activities: ['own-content'], revenue: ['content-fees'] };

  it('derives the pilot area from where the company is registered: all of Beijing and Shenzhen, Pudong and Lin-gang, the island of Hainan', () => {
    const inPilot = (place: Answers) =>
      ids(classify(complete({ ...pilotCase, ...place, 'pilot-facilities': 'yes' }))).findings.includes('foreign-cap-exceeded') === false;
    expect(inPilot({ location: 'beijing' })).toBe(true);
    expect(inPilot({ location: 'guangdong', 'guangdong-city': 'shenzhen' })).toBe(true);
    expect(inPilot({ location: 'guangdong', 'guangdong-city': 'elsewhere' })).toBe(false);
    expect(inPilot({ location: 'shanghai', 'shanghai-area': 'pudong-lingang' })).toBe(true);
    expect(inPilot({ location: 'shanghai', 'shanghai-area': 'elsewhere' })).toBe(false);
    expect(inPilot({ location: 'hainan', 'hainan-area': 'island' })).toBe(true);
    expect(inPilot({ location: 'zhejiang' })).toBe(false);
  });

  it('the pilot needs the service facilities in the area, and is an approval to apply for, never a right', () => {
    const c = ids(classify(complete({ ...pilotCase, location: 'beijing', 'pilot-facilities': 'no' })));
    expect(c.findings).toEqual(expect.arrayContaining(['foreign-cap-exceeded', 'pilot-zone-route']));
    const inZone = classify(complete({ ...pilotCase, location: 'beijing', 'pilot-facilities': 'yes' }));
    expect(inZone.nextSteps).toContain('apply-for-pilot-approval');
  });

  it('asks for the district or city only in Shanghai, Guangdong and Hainan, and only where the pilot could change the result', () => {
    expect(asked(complete({ ...pilotCase, location: 'shanghai' }))).toContain('shanghai-area');
    expect(asked(complete({ location: 'shanghai', revenue: ['content-fees'] }))).not.toContain('shanghai-area');
    expect(asked(complete({ ...pilotCase, location: 'beijing' }))).not.toContain('shanghai-area');
    expect(asked(complete({ ...pilotCase, location: 'beijing' }))).toContain('pilot-facilities');
  });

  it('Sansha, which no source places inside or outside the pilot, is unsettled and routed to a consultation', () => {
    const v = judge(complete({ ...pilotCase, location: 'hainan', 'hainan-area': 'sansha' }));
    expect(v.id).toBe('unsettled');
    expect(v.reasons).toContain('pilot-area-extent');
  });

  it('names who decides: the provincial administration for one province, MIIT for several provinces and for foreign-invested applicants', () => {
    const authorities = (a: Answers) => CURRENT_RULESET.authorities!(complete(a), classify(complete(a)));
    expect(authorities({ revenue: ['content-fees'], location: 'sichuan', operations: 'one-province', users: 'local' })).toEqual({
      licence: { basis: 'provincial', province: 'sichuan', confidence: 'high' },
      filing: { basis: 'provincial', province: 'sichuan', confidence: 'high' },
    });
    expect(authorities({ revenue: ['content-fees'], operations: 'several-provinces' }).licence).toMatchObject({
      basis: 'miit-cross-regional',
      confidence: 'high',
    });
    expect(authorities({ ...MC_UP_TO_50, revenue: ['content-fees'] }).licence).toMatchObject({
      basis: 'miit-foreign',
      confidence: 'medium',
    });
    expect(authorities({}).licence).toBeUndefined();
  });

  it('one province or several: facilities and offices decide; users in other provinces alone are the grey area', () => {
    const paid = { revenue: ['content-fees'] };
    expect(ids(classify(complete({ ...paid, operations: 'several-provinces' }))).grey).not.toContain('cross-regional-trigger');
    expect(ids(classify(complete({ ...paid, operations: 'one-province', users: 'nationwide' }))).grey).toContain('cross-regional-trigger');
    expect(ids(classify(complete({ ...paid, operations: 'one-province', users: 'local' }))).grey).toEqual([]);
  });
});

describe('set-ups a visitor must be able to describe (§7, §12.5)', () => {
  it('an internal system is asked one question and needs no filing', () => {
    const a = complete({ forms: ['intranet'] });
    expect(asked(a)).toEqual(['forms']);
    expect(ids(classify(a))).toMatchObject({ obligations: [], notNeeded: ['icp-filing'] });
  });

  it('a business only on other platforms files nothing of its own; news still reaches it; programmes and performances sit with the platform', () => {
    const shop = ids(classify(complete({ forms: ['official-account', 'marketplace-shop'] })));
    expect(shop).toMatchObject({ obligations: [], findings: ['platform-only'] });
    expect(shop.notNeeded).toEqual(expect.arrayContaining(['icp-filing', 'icp-licence']));
    expect(ids(classify(complete({ forms: ['official-account'], sectors: ['news-repost'] }))).obligations).toContain('news-permit');
    const channel = ids(classify(complete({ forms: ['channel'], sectors: ['av-programmes', 'performances'] })));
    expect(channel.obligations).toEqual([]);
    expect(channel.notNeeded).toEqual(expect.arrayContaining(['audiovisual-permit', 'culture-permit']));
    // No security self-assessment for account holders; a mini program is the operator's own and is filed.
    expect(ids(classify(complete({ forms: ['official-account', 'mini-program'], activities: ['community'] }))).obligations).toEqual(
      expect.arrayContaining(['app-filing', 'security-assessment']),
    );
  });

  it('a free site of a business that sells offline is filing only, with no self-operated-shop grey area', () => {
    const c = ids(classify(complete({ revenue: ['offline-sales'] })));
    expect(c).toMatchObject({ obligations: ['icp-filing', 'psb-filing'], grey: [] });
    expect(judge(complete({ revenue: ['offline-sales'] })).id).toBe('clear');
  });

  it('every multiple-choice question has a "none of these" answer', () => {
    for (const q of CURRENT_RULESET.questions.filter((x) => x.kind === 'multi'))
      expect(q.options?.filter((o) => o.exclusive).length, q.id).toBe(1);
  });
});

describe('duties the site’s own pages name (§5, §12.4, §12.7)', () => {
  it('the security self-assessment for operators of forums, chat and information sharing, not for account holders', () => {
    expect(ids(classify(complete({ activities: ['community'] }))).obligations).toContain('security-assessment');
    expect(ids(classify(complete({ activities: ['messaging'] }))).obligations).toContain('security-assessment');
    expect(ids(classify(complete({ activities: ['own-content'] }))).obligations).not.toContain('security-assessment');
    expect(ids(classify(complete({ forms: ['channel'] }))).obligations).not.toContain('security-assessment');
  });

  it('conferencing is B22 and open to foreign capital; calls inside a chat app are B25(4) and capped; both together are unsettled', () => {
    const conferencing = { activities: ['infrastructure'], revenue: ['service-fees'], infrastructure: ['conferencing'] };
    expect(verdict({ ...MC_OVER_50, ...conferencing })).toBe('clear');
    expect(verdict({ ...MC_OVER_50, activities: ['messaging'], revenue: ['service-fees'] })).toBe('blocked');
    const both = classify(complete({ ...conferencing, activities: ['messaging', 'infrastructure'] }));
    expect(ids(both).grey).toContain('group-calls');
    expect(both.obligations.find((o) => o.id === 'vats-other')?.codes).toEqual(['B22']);
    expect(both.obligations.find((o) => o.id === 'icp-licence')?.subItems).toEqual(['instant-interaction']);
  });
});
