// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { Answers, Rule } from '../../types';
import {
  ADVERTISING,
  ANY_BUSINESS,
  APP_OR_MINI_PROGRAM,
  CAPPED_NEED,
  CEPA_OPENS,
  CERTAINLY_PRIVATE,
  COMMERCIAL,
  COMPANY,
  FOREIGN_ENTITY,
  FOREIGN_SHARE,
  FOR_PROFIT,
  FREE,
  IN_PILOT,
  INTERNAL_ONLY,
  IVR,
  LISTING_FEES,
  MAINLAND,
  NEEDS_CLOSED_INFRASTRUCTURE,
  NEEDS_LICENCE,
  NEEDS_SP_LICENCE,
  NOT_A_COMPANY,
  NOT_PILOT_OPENABLE,
  NO_ENTITY,
  OFFSHORE,
  OVER_50,
  OWN_CONTENT_DELIVERY,
  OWN_GOODS_ONLY,
  OWN_SERVICE,
  PERSON,
  PILOT_COULD_HELP,
  PLATFORM_ONLY,
  SAAS,
  THIRD_PARTY_TRADE,
  UNNAMED_INFRASTRUCTURE,
  UP_TO_50,
  WEBSITE,
  WEB_DESIGN,
} from './conditions';

export * from './conditions';

/** Sectors closed to any foreign shareholding (icp-brief §3.2, §5); online performances are closed only for profit. */
export const FOREIGN_PROHIBITED_SECTORS = [
  'news-original',
  'news-repost',
  'online-publishing',
  'games',
  'av-programmes',
  'religion',
  'k9-tutoring',
] as const;

/**
 * "Not sure" answers: the answer the classification shown reads each as (`assumed`, stated on the result), and every
 * answer it could stand for (`readings`): the verdict is classified under each, and is unsettled where they disagree.
 * A location not known is read as a place outside the pilot (`assumed`), and as one inside it and one outside.
 */
export const NOT_SURE = [
  { question: 'hosting', option: 'not-sure', assumed: 'mainland', readings: ['mainland', 'offshore'] },
  { question: 'foreign-share', option: 'not-sure', assumed: 'none', readings: ['none', 'up-to-50', 'over-50'] },
  { question: 'control', option: 'not-sure', assumed: 'private', readings: ['private', 'state-controlled', 'news-unit'] },
  { question: 'location', option: 'not-sure', assumed: 'hebei', readings: ['beijing', 'hebei'] },
  { question: 'shanghai-area', option: 'not-sure', assumed: 'elsewhere', readings: ['pudong-lingang', 'elsewhere'] },
  { question: 'guangdong-city', option: 'not-sure', assumed: 'elsewhere', readings: ['shenzhen', 'elsewhere'] },
  { question: 'hainan-area', option: 'not-sure', assumed: 'sansha', readings: ['island', 'sansha'] },
  { question: 'pilot-facilities', option: 'not-sure', assumed: 'no', readings: ['yes', 'no'] },
  { question: 'investor-origin', option: 'not-sure', assumed: 'other', readings: ['hk-macau', 'other'] },
  { question: 'operations', option: 'not-sure', assumed: 'several-provinces', readings: ['one-province', 'several-provinces'] },
  { question: 'users', option: 'not-sure', assumed: 'nationwide', readings: ['local', 'nationwide'] },
] as const;

/**
 * Answers of versions 1 and 2 whose options version 3 replaced by options of the same meaning: read as these answers.
 * Options whose meaning changed (news, publishing, audio-visual programmes, the pilot area) are asked again.
 */
export const CARRIES: Readonly<Record<string, Readonly<Record<string, Answers>>>> = {
  activities: { none: { activities: ['none-of-these'] } },
  revenue: { 'paid-content': { revenue: ['content-fees'] }, subscriptions: { revenue: ['service-fees'] } },
  regions: {
    'one-province': { operations: 'one-province' },
    'one-province-local': { operations: 'one-province', users: 'local' },
    'one-province-nationwide': { operations: 'one-province', users: 'nationwide' },
    several: { operations: 'several-provinces' },
    'not-sure': { operations: 'not-sure' },
  },
};

const b25 = [{ source: 'catalogue-2015', article: 'B25' }] as const;
const b21 = [{ source: 'catalogue-2015', article: 'B21' }] as const;
const art3 = { source: 'order-292', article: 'Art. 3, Art. 4' } as const;
const pre = { source: 'order-292', article: 'Art. 5' } as const;
const licenceHolder = [
  { source: 'telecom-regulations', article: 'Art. 13' },
  { source: 'order-42', article: 'Art. 6' },
] as const;
const code = (c: string) =>
  [
    { source: 'catalogue-2015', article: c },
    { source: 'telecom-regulations', article: 'Art. 7' },
  ] as const;

/**
 * The rules. Each fires when its condition holds on the applicable answers; its reason text is the message
 * `assessment.rules.<id>`. Ids are permanent. Confidence follows the tags of icp-brief.md; a [L] classification is low,
 * and an outcome is as sure as its weakest rule (outcomeConfidence in classify.ts).
 */
export const RULES = [
  // ── What is filed, and where from (§4, §7, §12.5) ──
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
  {
    id: 'internal-no-filing',
    when: INTERNAL_ONLY,
    produces: { kind: 'not-needed', id: 'icp-filing' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 2' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'platform-only',
    when: PLATFORM_ONLY,
    produces: { kind: 'finding', id: 'platform-only' },
    confidence: 'medium',
    citations: [
      { source: 'order-292', article: 'Art. 2, Art. 4' },
      { source: 'ecommerce-law', article: 'Art. 9, 10, 12, 15' },
    ],
  },
  {
    id: 'platform-only-no-filing',
    when: PLATFORM_ONLY,
    produces: { kind: 'not-needed', id: 'icp-filing' },
    confidence: 'medium',
    citations: [{ source: 'order-292', article: 'Art. 4' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'platform-only-no-licence',
    when: PLATFORM_ONLY,
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'medium',
    citations: [
      { source: 'order-292', article: 'Art. 4' },
      { source: 'ecommerce-law', article: 'Art. 9' },
    ],
  },

  // ── Commercial or not: the ICP licence (B25). What the service does gives the sub-item; income only makes it commercial ──
  {
    id: 'b25-own-content',
    when: { all: [MAINLAND, OWN_CONTENT_DELIVERY] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['release-delivery'] },
    confidence: 'medium',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-listing-fees',
    when: { all: [MAINLAND, LISTING_FEES] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['release-delivery'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-release-delivery',
    when: { all: [MAINLAND, COMMERCIAL, { q: 'activities', includesAny: ['others-publish', 'app-store'] }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['release-delivery'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-search-query',
    when: { all: [MAINLAND, COMMERCIAL, { q: 'activities', includes: 'search-engine' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['search-query'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-community',
    when: { all: [MAINLAND, COMMERCIAL, { q: 'activities', includes: 'community' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['community'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-instant-interaction',
    when: { all: [MAINLAND, COMMERCIAL, { q: 'activities', includes: 'messaging' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['instant-interaction'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'b25-ivr',
    when: { all: [MAINLAND, IVR] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['instant-interaction'] },
    confidence: 'medium',
    citations: b25,
  },
  {
    id: 'b25-protection-processing',
    when: { all: [MAINLAND, COMMERCIAL, { q: 'activities', includes: 'security' }] },
    produces: { kind: 'obligation', id: 'icp-licence', subItems: ['protection-processing'] },
    confidence: 'high',
    citations: [art3, ...b25],
  },
  {
    id: 'saas-icp-licence',
    when: { all: [MAINLAND, SAAS] },
    produces: { kind: 'obligation', id: 'icp-licence' },
    confidence: 'low',
    citations: [{ source: 'order-292', article: 'Art. 3' }, { source: 'saas-commentary' }, ...b25],
  },
  {
    id: 'saas-grey',
    when: { all: [MAINLAND, SAAS] },
    produces: { kind: 'grey', id: 'saas-classification' },
    confidence: 'low',
    citations: [{ source: 'saas-commentary' }, { source: 'catalogue-2015', article: 'B11, B21, B25' }],
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
    id: 'advertising-income-grey',
    when: {
      all: [
        MAINLAND,
        ADVERTISING,
        {
          not: {
            q: 'revenue',
            includesAny: ['content-fees', 'service-fees', 'virtual-goods', 'listing-fees', 'commissions', 'web-design'],
          },
        },
      ],
    },
    produces: { kind: 'grey', id: 'advertising-income' },
    confidence: 'medium',
    citations: [{ source: 'mii-2002-reply' }],
  },
  {
    id: 'free-no-icp-licence',
    when: { all: [OWN_SERVICE, FREE] },
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'high',
    citations: [art3, { source: 'mii-2002-reply' }],
  },
  {
    id: 'offline-sales-no-icp-licence',
    when: { all: [{ q: 'revenue', includes: 'offline-sales' }, { not: FOR_PROFIT }] },
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'high',
    citations: [art3, { source: 'mii-2002-reply' }],
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
    when: { all: [MAINLAND, { q: 'revenue', includes: 'infrastructure-fees' }, { not: COMMERCIAL }, { not: IVR }] },
    produces: { kind: 'not-needed', id: 'icp-licence' },
    confidence: 'medium',
    citations: [{ source: 'catalogue-2015', article: 'B11–B14, B22–B26' }],
  },

  // ── Platforms for others' trades, data processing and devices: the EDI licence (B21) ──
  {
    id: 'trade-platform-edi-licence',
    when: { all: [MAINLAND, THIRD_PARTY_TRADE] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'high',
    citations: [...b21, { source: 'telecom-regulations', article: 'Art. 7' }],
  },
  {
    id: 'data-processing-edi-licence',
    when: { all: [MAINLAND, { q: 'activities', includes: 'data-processing' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: [...b21, { source: 'telecom-regulations', article: 'Art. 7' }],
  },
  {
    id: 'edi-exchange-edi-licence',
    when: { all: [MAINLAND, { q: 'activities', includes: 'edi-exchange' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: b21,
  },
  {
    id: 'device-platform-edi-licence',
    when: { all: [MAINLAND, { q: 'activities', includes: 'device-platform' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: b21,
  },
  {
    id: 'ride-hailing-edi-licence',
    when: { all: [MAINLAND, { q: 'sectors', includes: 'ride-hailing' }] },
    produces: { kind: 'obligation', id: 'edi-licence' },
    confidence: 'medium',
    citations: [...b21, { source: 'tencent-pre-approval' }],
  },

  // ── SMS, infrastructure and communications ──
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
    citations: code('B11'),
  },
  {
    id: 'infrastructure-b12',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'cdn' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B12'] },
    confidence: 'high',
    citations: code('B12'),
  },
  {
    id: 'infrastructure-b13',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'vpn' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B13'] },
    confidence: 'high',
    citations: code('B13'),
  },
  {
    id: 'infrastructure-b14',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'access' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B14'] },
    confidence: 'high',
    citations: code('B14'),
  },
  {
    id: 'infrastructure-b22',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'conferencing' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B22'] },
    confidence: 'high',
    citations: [...code('B22'), { source: 'b22-practice' }],
  },
  {
    id: 'infrastructure-b23',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'email' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B23'] },
    confidence: 'high',
    citations: code('B23'),
  },
  {
    id: 'infrastructure-b24',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'call-centre' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B24'] },
    confidence: 'high',
    citations: code('B24'),
  },
  {
    id: 'infrastructure-b26',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'dns' }] },
    produces: { kind: 'obligation', id: 'vats-other', codes: ['B26'] },
    confidence: 'medium',
    citations: code('B26'),
  },
  {
    id: 'infrastructure-other',
    when: { all: [MAINLAND, { q: 'infrastructure', includes: 'other' }] },
    produces: { kind: 'obligation', id: 'vats-other' },
    confidence: 'low',
    citations: [{ source: 'catalogue-2015' }, { source: 'telecom-regulations', article: 'Art. 7' }],
  },
  {
    id: 'infrastructure-unnamed',
    when: { all: [MAINLAND, UNNAMED_INFRASTRUCTURE] },
    produces: { kind: 'obligation', id: 'vats-other' },
    confidence: 'low',
    citations: [{ source: 'catalogue-2015' }, { source: 'telecom-regulations', article: 'Art. 7' }],
  },
  {
    id: 'group-calls-grey',
    when: { all: [MAINLAND, { q: 'activities', includes: 'messaging' }, { q: 'infrastructure', includes: 'conferencing' }] },
    produces: { kind: 'grey', id: 'group-calls' },
    confidence: 'low',
    citations: [{ source: 'catalogue-2015', article: 'B22, B25' }, { source: 'b22-practice' }],
  },

  // ── Security self-assessment of services with public-opinion attributes (§5, §12.7) ──
  {
    id: 'security-assessment-community',
    when: { all: [MAINLAND, OWN_SERVICE, { q: 'activities', includesAny: ['community', 'others-publish'] }] },
    produces: { kind: 'obligation', id: 'security-assessment' },
    confidence: 'high',
    citations: [{ source: 'security-assessment-provisions', article: 'Art. 2, Art. 3' }],
  },
  {
    id: 'security-assessment-messaging',
    when: { all: [MAINLAND, OWN_SERVICE, { q: 'activities', includes: 'messaging' }] },
    produces: { kind: 'obligation', id: 'security-assessment' },
    confidence: 'medium',
    citations: [{ source: 'security-assessment-provisions', article: 'Art. 2, Art. 3' }],
  },

  // ── Sector permits (pre-approvals come first: Order 292 Art 5) ──
  {
    id: 'news-permit',
    when: { q: 'sectors', includesAny: ['news-original', 'news-repost'] },
    produces: { kind: 'obligation', id: 'news-permit' },
    confidence: 'high',
    citations: [{ source: 'news-provisions' }, { source: 'public-account-provisions', article: 'Art. 5' }, pre],
  },
  {
    id: 'publishing-permit',
    when: { all: [{ q: 'sectors', includes: 'online-publishing' }, { not: PLATFORM_ONLY }] },
    produces: { kind: 'obligation', id: 'publishing-permit' },
    confidence: 'high',
    citations: [{ source: 'online-publishing-provisions' }, pre],
  },
  {
    id: 'publishing-permit-account',
    when: { all: [{ q: 'sectors', includes: 'online-publishing' }, PLATFORM_ONLY] },
    produces: { kind: 'obligation', id: 'publishing-permit' },
    confidence: 'low',
    citations: [{ source: 'online-publishing-provisions' }, { source: 'public-account-provisions' }],
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
    when: { all: [{ q: 'sectors', includes: 'av-programmes' }, { not: PLATFORM_ONLY }] },
    produces: { kind: 'obligation', id: 'audiovisual-permit' },
    confidence: 'high',
    citations: [{ source: 'avsp-provisions' }],
  },
  {
    id: 'audiovisual-on-platform',
    when: { all: [{ q: 'sectors', includes: 'av-programmes' }, PLATFORM_ONLY] },
    produces: { kind: 'not-needed', id: 'audiovisual-permit' },
    confidence: 'medium',
    citations: [{ source: 'avsp-accounts-2016' }, { source: 'avsp-provisions' }],
  },
  {
    id: 'av-scope-grey',
    when: {
      all: [{ q: 'sectors', includes: 'recorded-lessons' }, { not: { q: 'sectors', includes: 'av-programmes' } }, { not: PLATFORM_ONLY }],
    },
    produces: { kind: 'grey', id: 'av-scope' },
    confidence: 'low',
    citations: [{ source: 'avsp-provisions' }],
  },
  {
    id: 'culture-permit',
    when: { all: [{ q: 'sectors', includesAny: ['performances', 'music'] }, FOR_PROFIT, { not: PLATFORM_ONLY }] },
    produces: { kind: 'obligation', id: 'culture-permit' },
    confidence: 'high',
    citations: [{ source: 'internet-culture-provisions' }, { source: 'tencent-culture' }],
  },
  {
    id: 'culture-free-no-permit',
    when: { all: [{ q: 'sectors', includesAny: ['performances', 'music'] }, { not: FOR_PROFIT }, OWN_SERVICE] },
    produces: { kind: 'not-needed', id: 'culture-permit' },
    confidence: 'medium',
    citations: [{ source: 'internet-culture-provisions' }, { source: 'tencent-culture' }],
  },
  {
    id: 'performances-on-platform',
    when: { all: [{ q: 'sectors', includes: 'performances' }, PLATFORM_ONLY] },
    produces: { kind: 'not-needed', id: 'culture-permit' },
    confidence: 'medium',
    citations: [{ source: 'platform-live-categories' }, { source: 'internet-culture-provisions' }],
  },
  {
    id: 'music-on-platform',
    when: { all: [{ q: 'sectors', includes: 'music' }, PLATFORM_ONLY] },
    produces: { kind: 'obligation', id: 'culture-permit' },
    confidence: 'low',
    citations: [{ source: 'internet-culture-provisions' }],
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
    citations: [{ source: 'genai-measures' }, { source: 'ai-labelling-measures' }],
  },

  // ── Who may run it and hold what (§3.1, §4.1, §12.6) ──
  {
    id: 'no-mainland-entity',
    when: { all: [{ q: 'operator', in: ['individual', 'no-entity'] }, NEEDS_LICENCE] },
    produces: { kind: 'finding', id: 'no-mainland-entity' },
    confidence: 'high',
    citations: licenceHolder,
  },
  {
    id: 'no-entity-filing',
    when: { all: [NO_ENTITY, { any: [MAINLAND, APP_OR_MINI_PROGRAM] }] },
    produces: { kind: 'finding', id: 'no-mainland-entity' },
    confidence: 'medium',
    citations: [{ source: 'tencent-filing-scope' }, { source: 'order-33' }],
  },
  {
    id: 'not-a-company',
    when: { all: [NOT_A_COMPANY, NEEDS_LICENCE] },
    produces: { kind: 'finding', id: 'not-a-company' },
    confidence: 'high',
    citations: [...licenceHolder, { source: 'filing-subjects' }],
  },
  {
    id: 'individual-business-use',
    when: { all: [PERSON, ANY_BUSINESS, { any: [MAINLAND, APP_OR_MINI_PROGRAM] }] },
    produces: { kind: 'finding', id: 'personal-filing-scope' },
    confidence: 'medium',
    citations: [{ source: 'order-33' }, { source: 'order-292', article: 'Art. 11' }, { source: 'tencent-filing-scope' }],
  },
  {
    id: 'individual-forum',
    when: { all: [PERSON, { q: 'activities', includes: 'community' }, { any: [MAINLAND, APP_OR_MINI_PROGRAM] }] },
    produces: { kind: 'finding', id: 'personal-filing-scope' },
    confidence: 'medium',
    citations: [{ source: 'tencent-filing-scope' }, { source: 'filing-subjects' }],
  },
  {
    id: 'rep-office-profit',
    when: { all: [{ q: 'operator', is: 'rep-office' }, FOR_PROFIT] },
    produces: { kind: 'finding', id: 'rep-office-limits' },
    confidence: 'high',
    citations: [{ source: 'rep-office-regulations', article: 'Art. 13, 14, 37' }],
  },
  {
    id: 'private-capital-av',
    when: {
      all: [
        { q: 'sectors', includes: 'av-programmes' },
        { not: PLATFORM_ONLY },
        { any: [{ q: 'control', is: 'private' }, { q: 'control', is: 'not-sure' }, CERTAINLY_PRIVATE] },
      ],
    },
    produces: { kind: 'finding', id: 'private-capital-barred' },
    confidence: 'high',
    citations: [{ source: 'avsp-provisions', article: 'Art. 8' }],
  },
  {
    id: 'private-capital-news',
    when: {
      all: [
        { q: 'sectors', includes: 'news-original' },
        { any: [{ q: 'control', in: ['private', 'state-controlled', 'not-sure'] }, CERTAINLY_PRIVATE] },
      ],
    },
    produces: { kind: 'finding', id: 'private-capital-barred' },
    confidence: 'high',
    citations: [{ source: 'news-provisions' }],
  },
  {
    id: 'foreign-cap-exceeded',
    when: { all: [OVER_50, CAPPED_NEED, { any: [NOT_PILOT_OPENABLE, { not: IN_PILOT }] }, { not: CEPA_OPENS }] },
    produces: { kind: 'finding', id: 'foreign-cap-exceeded' },
    confidence: 'high',
    citations: [{ source: 'fite-provisions', article: 'Art. 6' }, { source: 'negative-list-2024' }],
  },
  {
    id: 'foreign-closed-infrastructure',
    when: { all: [UP_TO_50, NEEDS_CLOSED_INFRASTRUCTURE, { not: IN_PILOT }, { not: CEPA_OPENS }] },
    produces: { kind: 'finding', id: 'foreign-cap-exceeded' },
    confidence: 'medium',
    citations: [{ source: 'negative-list-2024' }, { source: 'pilot-2024' }],
  },
  {
    id: 'pilot-zone-in-zone',
    when: { all: [IN_PILOT, PILOT_COULD_HELP] },
    produces: { kind: 'finding', id: 'pilot-zone-route' },
    confidence: 'medium',
    citations: [{ source: 'pilot-2024' }, { source: 'pilot-areas' }, { source: 'pilot-commentary' }],
  },
  {
    id: 'pilot-zone-option',
    when: { all: [{ not: IN_PILOT }, PILOT_COULD_HELP] },
    produces: { kind: 'finding', id: 'pilot-zone-route' },
    confidence: 'medium',
    citations: [{ source: 'pilot-2024' }, { source: 'pilot-areas' }, { source: 'pilot-commentary' }],
  },
  {
    id: 'pilot-area-extent-grey',
    when: { all: [{ q: 'hainan-area', in: ['sansha', 'not-sure'] }, PILOT_COULD_HELP] },
    produces: { kind: 'grey', id: 'pilot-area-extent' },
    confidence: 'low',
    citations: [{ source: 'pilot-areas' }, { source: 'hainan-ftp-law', article: 'Art. 2' }],
  },
  {
    id: 'cepa-route',
    when: CEPA_OPENS,
    produces: { kind: 'finding', id: 'cepa-route' },
    confidence: 'medium',
    citations: [{ source: 'cepa-telecom' }],
  },
  {
    id: 'foreign-prohibited-sector',
    when: {
      all: [
        { any: [FOREIGN_SHARE, FOREIGN_ENTITY] },
        {
          any: [
            { q: 'sectors', includesAny: FOREIGN_PROHIBITED_SECTORS.filter((s) => s !== 'av-programmes') },
            // Programmes on an account or channel are the platform's service (§12.5).
            { all: [{ q: 'sectors', includes: 'av-programmes' }, { not: PLATFORM_ONLY }] },
          ],
        },
      ],
    },
    produces: { kind: 'finding', id: 'foreign-prohibited' },
    confidence: 'high',
    citations: [{ source: 'negative-list-2024' }],
  },
  {
    id: 'foreign-prohibited-culture',
    when: {
      all: [{ any: [FOREIGN_SHARE, FOREIGN_ENTITY] }, { q: 'sectors', includes: 'performances' }, FOR_PROFIT, { not: PLATFORM_ONLY }],
    },
    produces: { kind: 'finding', id: 'foreign-prohibited' },
    confidence: 'high',
    citations: [{ source: 'negative-list-2024' }, { source: 'internet-culture-provisions' }],
  },

  // ── Capital and coverage: a company that needs a telecom licence (§3.1, §3.5, §10.4) ──
  {
    id: 'capital-one-province-local',
    when: { all: [COMPANY, NEEDS_LICENCE, { q: 'operations', is: 'one-province' }, { q: 'users', is: 'local' }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'high',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'capital-one-province-nationwide',
    when: { all: [COMPANY, NEEDS_LICENCE, { q: 'operations', is: 'one-province' }, { q: 'users', in: ['nationwide', 'not-sure'] }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'medium',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'capital-cross-regional',
    when: { all: [COMPANY, NEEDS_LICENCE, { q: 'operations', in: ['several-provinces', 'not-sure'] }] },
    produces: { kind: 'finding', id: 'capital-threshold' },
    confidence: 'medium',
    citations: [
      { source: 'order-42', article: 'Art. 6' },
      { source: 'fite-provisions', article: 'Art. 5' },
    ],
  },
  {
    id: 'cross-regional-users-grey',
    when: { all: [COMPANY, NEEDS_LICENCE, { q: 'operations', is: 'one-province' }, { q: 'users', in: ['nationwide', 'not-sure'] }] },
    produces: { kind: 'grey', id: 'cross-regional-trigger' },
    confidence: 'low',
    citations: [{ source: 'order-42' }],
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];
