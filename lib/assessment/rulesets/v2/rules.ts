// FROZEN: ruleset version 2, released 2026-12-01. Never edit this file: every link issued under version 2
// is classified with it, and rulesets/v2/fixtures/ checks that its results never change. Change rules in the current version.
import type { Condition, Rule } from '../../types';

// ── Reusable conditions ─────────────────────────────────────────────────────────────────────────
// Every telecom-licence rule requires MAINLAND: a service run only from offshore servers cannot be
// filed or licensed (icp-brief §4.1, §6 step 1). "Undecided" and "not sure" hosting are treated as mainland.

export const MAINLAND: Condition = { q: 'hosting', in: ['mainland', 'undecided', 'not-sure'] };
export const OFFSHORE: Condition = { q: 'hosting', is: 'offshore' };
/** A website, or web pages (H5, share pages) on the sponsor's own domain that an app opens: filed as websites (§4.4). */
export const WEBSITE: Condition = { q: 'forms', includesAny: ['website', 'h5-pages'] };
export const APP_OR_MINI_PROGRAM: Condition = { q: 'forms', includesAny: ['app', 'mini-program'] };

/** Payment for information or an online service (Order 292 Art 3) that every source counts as commercial. */
export const PAID_SERVICES: Condition = { q: 'revenue', includesAny: ['paid-content', 'listing-fees'] };
/** Virtual goods, in-app purchases, tips and gifts (icp-brief §0.2, §6 step 2). */
export const VIRTUAL_GOODS: Condition = { q: 'revenue', includes: 'virtual-goods' };
/** Subscriptions to software or an online service: SaaS, whose category is unsettled (§2.4, §10.3). */
export const SUBSCRIPTIONS: Condition = { q: 'revenue', includes: 'subscriptions' };
export const ADVERTISING: Condition = { q: 'revenue', includes: 'advertising' };
/** Web-page production (网页制作) for a fee, named in Order 292 Art 3. */
export const WEB_DESIGN: Condition = { q: 'revenue', includes: 'web-design' };

/** Activities that fall in one of the five B25 sub-items. */
export const B25_ACTIVITIES = ['others-publish', 'app-store', 'search-engine', 'community', 'messaging', 'security'] as const;
/** Commissions on others' trades or content taken by a platform that is itself a B25 service (an app store, a live-streaming platform; §2.2). */
export const PLATFORM_COMMISSIONS: Condition = {
  all: [
    { q: 'revenue', includes: 'commissions' },
    { q: 'activities', includesAny: B25_ACTIVITIES },
  ],
};
/** Commercial (经营性) in the sense of Order 292 Art 3, advertising included (MII 2002 reply). */
export const COMMERCIAL: Condition = { any: [PAID_SERVICES, VIRTUAL_GOODS, SUBSCRIPTIONS, ADVERTISING, WEB_DESIGN, PLATFORM_COMMISSIONS] };
/** Any revenue at all: "for-profit" for the internet culture rules. */
export const FOR_PROFIT: Condition = {
  q: 'revenue',
  includesAny: [
    'own-goods',
    'paid-content',
    'virtual-goods',
    'listing-fees',
    'subscriptions',
    'advertising',
    'commissions',
    'infrastructure-fees',
    'web-design',
  ],
};
export const FREE: Condition = { q: 'revenue', includes: 'none' };
export const OWN_GOODS_ONLY: Condition = { all: [{ q: 'revenue', includes: 'own-goods' }, { not: COMMERCIAL }] };

export const NEEDS_ICP_LICENCE: Condition = { all: [MAINLAND, COMMERCIAL] };
export const THIRD_PARTY_TRADE: Condition = {
  any: [
    { q: 'activities', includes: 'third-party-trade' },
    { q: 'revenue', includes: 'commissions' },
  ],
};
export const NEEDS_EDI_LICENCE: Condition = {
  all: [
    MAINLAND,
    { any: [THIRD_PARTY_TRADE, { q: 'activities', includes: 'device-platform' }, { q: 'sectors', includes: 'ride-hailing' }] },
  ],
};
export const NEEDS_SP_LICENCE: Condition = { all: [MAINLAND, { q: 'activities', includes: 'sms' }] };
export const INFRASTRUCTURE_SERVICES = ['cloud', 'cdn', 'vpn', 'access', 'conferencing', 'email', 'call-centre', 'dns', 'other'] as const;
export const NEEDS_OTHER_VATS: Condition = { all: [MAINLAND, { q: 'infrastructure', includesAny: INFRASTRUCTURE_SERVICES }] };
/** Any telecom licence (icp-licence, edi-licence, sp-licence, vats-other) is needed. */
export const NEEDS_LICENCE: Condition = { any: [NEEDS_ICP_LICENCE, NEEDS_EDI_LICENCE, NEEDS_SP_LICENCE, NEEDS_OTHER_VATS] };

export const FOREIGN: Condition = { q: 'foreign-share', in: ['up-to-50', 'over-50'] };
export const OVER_50: Condition = { q: 'foreign-share', is: 'over-50' };
export const UP_TO_50: Condition = { q: 'foreign-share', is: 'up-to-50' };
export const IN_PILOT_ZONE: Condition = { q: 'pilot-area', is: 'yes' };
/** "Not sure" is read as not in a pilot area: the pilot needs registration there and MIIT's approval. */
export const NOT_IN_PILOT_ZONE: Condition = { q: 'pilot-area', in: ['no', 'not-sure'] };

/** Infrastructure closed to any foreign shareholding outside the pilot areas: B11, B12, B14 (icp-brief §2.4, §6 step 6). */
export const CLOSED_INFRASTRUCTURE: Condition = { all: [MAINLAND, { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'access'] }] };
/**
 * A needed service whose foreign share is capped at 50 % (or closed) outside the pilot: every B25
 * service (ICP and SP licences), B21 other than e-commerce (device platforms), B11, B12, B13, B14, B26.
 * B21 e-commerce, B22, B23 and B24 are open to 100 % (icp-brief §0.4, §3.2).
 */
export const CAPPED_NEED: Condition = {
  all: [
    MAINLAND,
    {
      any: [
        COMMERCIAL,
        { q: 'activities', includesAny: ['device-platform', 'sms'] },
        { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'vpn', 'access', 'dns'] },
      ],
    },
  ],
};
/**
 * A needed capped service the 2024 pilot does not open: B25 search, community and instant interaction;
 * B25 release/delivery for news, publishing, audio-visual or internet culture; the SP licence; B13; B26.
 */
export const NOT_PILOT_OPENABLE: Condition = {
  all: [
    MAINLAND,
    {
      any: [
        { all: [COMMERCIAL, { q: 'activities', includesAny: ['search-engine', 'community', 'messaging'] }] },
        {
          all: [
            COMMERCIAL,
            { q: 'sectors', includesAny: ['current-affairs-news', 'publishing', 'games', 'audio-visual', 'performances', 'music'] },
          ],
        },
        { q: 'activities', includes: 'sms' },
        { q: 'infrastructure', includesAny: ['vpn', 'dns'] },
      ],
    },
  ],
};
/**
 * When the answer to pilot-area could change the outcome (the pilot-area question's `when` agrees; a test checks):
 * more than 50 % foreign with a capped need, or any foreign share with closed infrastructure. "Not sure" of the
 * shareholding asks too, so the result can say what the pilot would change.
 */
export const PILOT_RELEVANT: Condition = {
  any: [
    { all: [{ q: 'foreign-share', in: ['over-50', 'not-sure'] }, CAPPED_NEED] },
    { all: [{ q: 'foreign-share', in: ['up-to-50', 'not-sure'] }, CLOSED_INFRASTRUCTURE] },
  ],
};

/** Sectors closed to any foreign shareholding (icp-brief §3.2, §5). Internet culture is handled apart: only for-profit. */
export const FOREIGN_PROHIBITED_SECTORS = [
  'current-affairs-news',
  'publishing',
  'games',
  'audio-visual',
  'religion',
  'k9-tutoring',
] as const;

/**
 * "Not sure" answers and what the rules read each as: hosting as mainland (as "undecided"), foreign shareholding
 * as none, the pilot area as not in one, the regions as several (the higher capital; the grey area is shown too).
 * A test checks the rules agree; the result names the assumption and what each other answer would change.
 */
export const NOT_SURE = [
  { question: 'hosting', option: 'not-sure', assumed: 'mainland' },
  { question: 'foreign-share', option: 'not-sure', assumed: 'none' },
  { question: 'pilot-area', option: 'not-sure', assumed: 'no' },
  { question: 'regions', option: 'not-sure', assumed: 'several' },
] as const;

const b25 = [{ source: 'catalogue-2015', article: 'B25' }] as const;
const pre = { source: 'order-292', article: 'Art. 5' } as const;

/**
 * The rules. Each fires when its condition holds on the applicable answers; its reason text is the
 * message `assessment.rules.<id>`. Ids are permanent. Confidence follows the tags of icp-brief.md; a [L]
 * classification is low, and an outcome is as sure as its weakest rule (outcomeConfidence in classify.ts).
 */
export const RULES = [
  // ── Where it is served from, and the filings ──
  {
    id: 'website-icp-filing',
    when: { all: [MAINLAND, WEBSITE] },
    produces: { kind: 'obligation', id: 'icp-filing' },
    confidence: 'high',
    citations: [{ source: 'order-292', article: 'Art. 4' }, { source: 'order-33' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'website-psb-filing',
    when: { all: [MAINLAND, WEBSITE] },
    produces: { kind: 'obligation', id: 'psb-filing' },
    confidence: 'medium',
    citations: [{ source: 'mps-order-33', article: 'Art. 12' }],
  },
  {
    id: 'app-filing-mainland',
    when: { all: [MAINLAND, APP_OR_MINI_PROGRAM] },
    produces: { kind: 'obligation', id: 'app-filing' },
    confidence: 'high',
    citations: [{ source: 'app-filing-notice' }, { source: 'anti-fraud-law', article: 'Art. 23' }],
  },
  {
    id: 'app-filing-offshore',
    when: { all: [OFFSHORE, APP_OR_MINI_PROGRAM] },
    produces: { kind: 'obligation', id: 'app-filing' },
    confidence: 'medium',
    citations: [{ source: 'app-filing-notice' }, { source: 'anti-fraud-law', article: 'Art. 23' }],
  },
  {
    id: 'offshore-hosting',
    when: OFFSHORE,
    produces: { kind: 'finding', id: 'offshore-hosting' },
    confidence: 'high',
    citations: [{ source: 'order-292', article: 'Art. 2' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'offshore-no-icp-filing',
    when: OFFSHORE,
    produces: { kind: 'not-needed', id: 'icp-filing' },
    confidence: 'high',
    citations: [{ source: 'tencent-filing-scope' }],
  },
  {
    id: 'offshore-serving-grey',
    when: { all: [OFFSHORE, FOR_PROFIT] },
    produces: { kind: 'grey', id: 'offshore-serving' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 2' }, { source: 'tencent-commercial' }],
  },

  // ── Commercial or not: the ICP licence (B25) ──
  {
    id: 'paid-services-icp-licence',
    when: { all: [MAINLAND, PAID_SERVICES] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'high',
    citations: [{ source: 'order-292', article: 'Art. 3, Art. 4' }, { source: 'telecom-regulations', article: 'Art. 7' }, ...b25],
  },
  {
    id: 'virtual-goods-icp-licence',
    when: { all: [MAINLAND, VIRTUAL_GOODS] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 3, Art. 4' }, ...b25],
  },
  {
    id: 'subscriptions-icp-licence',
    when: { all: [MAINLAND, SUBSCRIPTIONS] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'low',
    citations: [{ source: 'order-292', article: 'Art. 3' }, { source: 'saas-commentary' }, ...b25],
  },
  {
    id: 'platform-commissions-icp-licence',
    when: { all: [MAINLAND, PLATFORM_COMMISSIONS] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 3' }, ...b25],
  },
  {
    id: 'web-production-icp-licence',
    when: { all: [MAINLAND, WEB_DESIGN] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 3' }, { source: 'mii-2002-reply' }],
  },
  {
    id: 'web-production-grey',
    when: { all: [MAINLAND, WEB_DESIGN] },
    produces: { kind: 'grey', id: 'web-production' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 3' }, { source: 'mii-2002-reply' }],
  },
  {
    id: 'advertising-icp-licence',
    when: { all: [MAINLAND, ADVERTISING] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'mii-2002-reply' }, { source: 'order-292', article: 'Art. 3' }],
  },
  {
    id: 'advertising-income-grey',
    when: {
      all: [MAINLAND, ADVERTISING, { not: { any: [PAID_SERVICES, VIRTUAL_GOODS, SUBSCRIPTIONS, WEB_DESIGN, PLATFORM_COMMISSIONS] } }],
    },
    produces: { kind: 'grey', id: 'advertising-income' },
    confidence: 'medium',
    citations: [{ source: 'mii-2002-reply' }],
  },
  {
    id: 'subscriptions-saas-grey',
    when: { all: [MAINLAND, SUBSCRIPTIONS] },
    produces: { kind: 'grey', id: 'saas-classification' },
    confidence: 'low',
    citations: [{ source: 'saas-commentary' }, { source: 'catalogue-2015', article: 'B11, B21, B25' }],
  },
  {
    id: 'b25-release-delivery',
    when: { all: [NEEDS_ICP_LICENCE, { q: 'activities', includesAny: ['others-publish', 'app-store'] }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['release-delivery'] },
    confidence: 'high',
    citations: b25,
  },
  {
    id: 'b25-own-content-delivery',
    when: {
      all: [
        MAINLAND,
        { any: [PAID_SERVICES, VIRTUAL_GOODS, SUBSCRIPTIONS, ADVERTISING] },
        { not: { q: 'activities', includesAny: B25_ACTIVITIES } },
      ],
    },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['release-delivery'] },
    confidence: 'medium',
    citations: b25,
  },
  {
    id: 'b25-search-query',
    when: { all: [NEEDS_ICP_LICENCE, { q: 'activities', includes: 'search-engine' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['search-query'] },
    confidence: 'high',
    citations: b25,
  },
  {
    id: 'b25-community',
    when: { all: [NEEDS_ICP_LICENCE, { q: 'activities', includes: 'community' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['community'] },
    confidence: 'high',
    citations: b25,
  },
  {
    id: 'b25-instant-interaction',
    when: { all: [NEEDS_ICP_LICENCE, { q: 'activities', includes: 'messaging' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['instant-interaction'] },
    confidence: 'high',
    citations: b25,
  },
  {
    id: 'b25-protection-processing',
    when: { all: [NEEDS_ICP_LICENCE, { q: 'activities', includes: 'security' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['protection-processing'] },
    confidence: 'high',
    citations: b25,
  },
  {
    id: 'free-no-icp-licence',
    when: FREE,
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'high',
    citations: [{ source: 'order-292', article: 'Art. 3, Art. 4' }, { source: 'mii-2002-reply' }],
  },
  {
    id: 'own-goods-no-icp-licence',
    when: { all: [MAINLAND, OWN_GOODS_ONLY] },
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'mofcom-2010-272', article: 'item 1(3)' }, { source: 'self-operated-filing-view' }],
  },
  {
    id: 'own-goods-self-operated-grey',
    when: { all: [MAINLAND, OWN_GOODS_ONLY] },
    produces: { kind: 'grey', id: 'self-operated-shop' },
    confidence: 'medium',
    citations: [{ source: 'self-operated-filing-view' }, { source: 'self-operated-licence-view' }],
  },

  {
    id: 'infrastructure-fees-no-icp-licence',
    when: {
      all: [
        MAINLAND,
        { q: 'revenue', includes: 'infrastructure-fees' },
        { q: 'activities', includesAny: ['infrastructure', 'sms'] },
        { not: COMMERCIAL },
      ],
    },
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'catalogue-2015', article: 'B11–B14, B22–B26' }],
  },

  // ── Platforms for others' trades and devices: the EDI licence (B21) ──
  {
    id: 'third-party-trade-edi-licence',
    when: { all: [MAINLAND, THIRD_PARTY_TRADE] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B21' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'device-platform-edi-licence',
    when: { all: [MAINLAND, { q: 'activities', includes: 'device-platform' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: [{ source: 'catalogue-2015', article: 'B21' }],
  },
  {
    id: 'ride-hailing-edi-licence',
    when: { all: [MAINLAND, { q: 'sectors', includes: 'ride-hailing' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: [{ source: 'catalogue-2015', article: 'B21' }, { source: 'tencent-pre-approval' }],
  },

  // ── SMS and infrastructure ──
  {
    id: 'sms-sp-licence',
    when: NEEDS_SP_LICENCE,
    produces: { kind: 'obligation', id: 'sp-licence' },
    confidence: 'medium',
    citations: [{ source: 'catalogue-2015', article: 'B25' }, { source: 'sp-numbers' }],
  },
  {
    id: 'infrastructure-b11',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'cloud' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B11'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B11' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b12',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'cdn' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B12'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B12' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b13',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'vpn' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B13'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B13' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b14',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'access' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B14'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B14' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b22',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'conferencing' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B22'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B22' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b23',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'email' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B23'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B23' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b24',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'call-centre' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B24'] },
    confidence: 'high',
    citations: [
      { source: 'catalogue-2015', article: 'B24' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },
  {
    id: 'infrastructure-b26',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'dns' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B26'] },
    confidence: 'medium',
    citations: [
      { source: 'catalogue-2015', article: 'B26' },
      { source: 'telecom-regulations', article: 'Art. 7' },
    ],
  },

  {
    id: 'infrastructure-other',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'other' }] },
    produces: { kind: 'obligation', id: 'vats-other' },
    confidence: 'low',
    citations: [{ source: 'catalogue-2015' }, { source: 'telecom-regulations', article: 'Art. 7' }],
  },

  // ── Sector permits (pre-approvals come first: Order 292 Art 5) ──
  {
    id: 'news-permit',
    when: { q: 'sectors', includes: 'current-affairs-news' },
    produces: { kind: 'obligation', id: 'news-permit' },
    confidence: 'high',
    citations: [{ source: 'news-provisions' }, pre],
  },
  {
    id: 'publishing-permit',
    when: { q: 'sectors', includes: 'publishing' },
    produces: { kind: 'obligation', id: 'publishing-permit' },
    confidence: 'high',
    citations: [{ source: 'online-publishing-provisions' }, pre],
  },
  {
    id: 'game-approval',
    when: { q: 'sectors', includes: 'games' },
    produces: { kind: 'obligation', id: 'game-approval' },
    confidence: 'high',
    citations: [{ source: 'online-publishing-provisions', article: 'Art. 27' }],
  },
  {
    id: 'audiovisual-permit',
    when: { q: 'sectors', includes: 'audio-visual' },
    produces: { kind: 'obligation', id: 'audiovisual-permit' },
    confidence: 'high',
    citations: [{ source: 'avsp-provisions' }],
  },
  {
    id: 'culture-permit',
    when: { all: [{ q: 'sectors', includesAny: ['performances', 'music'] }, FOR_PROFIT] },
    produces: { kind: 'obligation', id: 'culture-permit' },
    confidence: 'high',
    citations: [{ source: 'internet-culture-provisions' }, { source: 'tencent-culture' }],
  },
  {
    id: 'culture-free-no-permit',
    when: { all: [{ q: 'sectors', includesAny: ['performances', 'music'] }, FREE] },
    produces: { kind: 'not-needed', id: 'culture-permit' },
    confidence: 'medium',
    citations: [{ source: 'internet-culture-provisions' }, { source: 'tencent-culture' }],
  },
  {
    id: 'drug-info-permit',
    when: { q: 'sectors', includes: 'drugs-devices' },
    produces: { kind: 'obligation', id: 'drug-info-permit' },
    confidence: 'high',
    citations: [{ source: 'drug-info-measures' }, pre],
  },
  {
    id: 'education-approval',
    when: { q: 'sectors', includes: 'k9-tutoring' },
    produces: { kind: 'obligation', id: 'education-approval' },
    confidence: 'medium',
    citations: [pre, { source: 'tencent-pre-approval' }],
  },
  {
    id: 'religion-permit',
    when: { q: 'sectors', includes: 'religion' },
    produces: { kind: 'obligation', id: 'religion-permit' },
    confidence: 'high',
    citations: [{ source: 'religion-measures' }],
  },
  {
    id: 'recruitment-permit',
    when: { q: 'sectors', includes: 'recruitment' },
    produces: { kind: 'obligation', id: 'recruitment-permit' },
    confidence: 'high',
    citations: [{ source: 'recruitment-provisions' }],
  },
  {
    id: 'ride-hailing-permit',
    when: { q: 'sectors', includes: 'ride-hailing' },
    produces: { kind: 'obligation', id: 'ride-hailing-permit' },
    confidence: 'medium',
    citations: [{ source: 'tencent-pre-approval' }],
  },
  {
    id: 'payment-licence',
    when: { q: 'sectors', includes: 'payment-settlement' },
    produces: { kind: 'obligation', id: 'payment-licence' },
    confidence: 'medium',
    citations: [{ source: 'tencent-pre-approval' }],
  },
  {
    id: 'genai-filing',
    when: { q: 'sectors', includes: 'genai' },
    produces: { kind: 'obligation', id: 'genai-filing' },
    confidence: 'medium',
    citations: [{ source: 'ai-labelling-measures' }],
  },

  // ── Who runs it ──
  {
    id: 'no-mainland-entity',
    when: { all: [{ q: 'operator', in: ['individual', 'no-entity'] }, NEEDS_LICENCE] },
    produces: { kind: 'finding', id: 'no-mainland-entity' },
    confidence: 'high',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'telecom-regulations', article: 'Art. 13' },
    ],
  },
  {
    id: 'no-entity-filing',
    when: { all: [{ q: 'operator', is: 'no-entity' }, { any: [MAINLAND, APP_OR_MINI_PROGRAM] }] },
    produces: { kind: 'finding', id: 'no-mainland-entity' },
    confidence: 'medium',
    citations: [{ source: 'tencent-filing-scope' }, { source: 'order-33' }],
  },
  {
    id: 'individual-earning',
    when: { all: [{ q: 'operator', is: 'individual' }, FOR_PROFIT, { any: [MAINLAND, APP_OR_MINI_PROGRAM] }] },
    produces: { kind: 'finding', id: 'no-mainland-entity' },
    confidence: 'medium',
    citations: [{ source: 'order-33' }, { source: 'order-292', article: 'Art. 11' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'foreign-cap-exceeded',
    when: { all: [OVER_50, CAPPED_NEED, { any: [NOT_IN_PILOT_ZONE, NOT_PILOT_OPENABLE] }] },
    produces: { kind: 'finding', id: 'foreign-cap-exceeded' },
    confidence: 'high',
    citations: [{ source: 'fite-provisions', article: 'Art. 6' }, { source: 'negative-list-2024' }],
  },
  {
    id: 'foreign-closed-infrastructure',
    when: { all: [UP_TO_50, CLOSED_INFRASTRUCTURE, NOT_IN_PILOT_ZONE] },
    produces: { kind: 'finding', id: 'foreign-cap-exceeded' },
    confidence: 'medium',
    citations: [{ source: 'negative-list-2024' }, { source: 'pilot-2024' }],
  },
  {
    id: 'pilot-zone-in-zone',
    when: {
      all: [
        IN_PILOT_ZONE,
        { any: [{ all: [OVER_50, CAPPED_NEED, { not: NOT_PILOT_OPENABLE }] }, { all: [UP_TO_50, CLOSED_INFRASTRUCTURE] }] },
      ],
    },
    produces: { kind: 'finding', id: 'pilot-zone-route' },
    confidence: 'high',
    citations: [{ source: 'pilot-2024' }, { source: 'pilot-commentary' }],
  },
  {
    id: 'pilot-zone-option',
    when: {
      all: [
        NOT_IN_PILOT_ZONE,
        { any: [{ all: [OVER_50, CAPPED_NEED, { not: NOT_PILOT_OPENABLE }] }, { all: [UP_TO_50, CLOSED_INFRASTRUCTURE] }] },
      ],
    },
    produces: { kind: 'finding', id: 'pilot-zone-route' },
    confidence: 'medium',
    citations: [{ source: 'pilot-2024' }, { source: 'pilot-commentary' }],
  },
  {
    id: 'foreign-prohibited-sector',
    when: { all: [FOREIGN, { q: 'sectors', includesAny: FOREIGN_PROHIBITED_SECTORS }] },
    produces: { kind: 'finding', id: 'foreign-prohibited' },
    confidence: 'high',
    citations: [{ source: 'negative-list-2024' }],
  },
  {
    id: 'foreign-prohibited-culture',
    when: { all: [FOREIGN, { q: 'sectors', includes: 'performances' }, FOR_PROFIT] },
    produces: { kind: 'finding', id: 'foreign-prohibited' },
    confidence: 'high',
    citations: [{ source: 'negative-list-2024' }, { source: 'internet-culture-provisions' }],
  },

  // ── Capital and coverage ──
  {
    id: 'capital-one-province-local',
    when: { all: [NEEDS_LICENCE, { q: 'regions', is: 'one-province-local' }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'high',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'capital-one-province-nationwide',
    when: { all: [NEEDS_LICENCE, { q: 'regions', is: 'one-province-nationwide' }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'medium',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'capital-cross-regional',
    when: { all: [NEEDS_LICENCE, { q: 'regions', in: ['several', 'not-sure'] }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'medium',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'cross-regional-users-grey',
    when: { all: [NEEDS_LICENCE, { q: 'regions', in: ['one-province-nationwide', 'not-sure'] }] },
    produces: { kind: 'grey', id: 'cross-regional-trigger' },
    confidence: 'low',
    citations: [{ source: 'order-42' }],
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];
