import type { Answers } from '../types';

const COMPANY = { hosting: 'mainland', forms: ['website'], operator: 'mainland-company', sectors: ['none'], location: 'zhejiang' } as const;

/** Representative answer sets of the current version for the verdict, ways-forward and plan tables. */
export const DECISION_CASES = {
  brochure: { ...COMPANY, 'foreign-share': 'none', activities: ['none-of-these'], revenue: ['none'] },
  marketplace: {
    ...COMPANY,
    forms: ['website', 'app'],
    'foreign-share': 'none',
    activities: ['third-party-trade'],
    revenue: ['commissions'],
    operations: 'several-provinces',
  },
  /** A wholly foreign-owned community platform outside the pilot areas. */
  wfoeCommunityOut: {
    ...COMPANY,
    'foreign-share': 'over-50',
    activities: ['community'],
    revenue: ['service-fees'],
    operations: 'several-provinces',
  },
  /** The same in Beijing: the pilot does not open community platforms. */
  wfoeCommunityIn: {
    ...COMPANY,
    location: 'beijing',
    'foreign-share': 'over-50',
    activities: ['community'],
    revenue: ['service-fees'],
    operations: 'several-provinces',
  },
  /** A foreign founder's SaaS, not yet sure where to register the company. */
  founder: {
    ...COMPANY,
    location: 'not-sure',
    'foreign-share': 'over-50',
    activities: ['business-software'],
    revenue: ['service-fees'],
    operations: 'several-provinces',
  },
  noEntity: {
    hosting: 'mainland',
    forms: ['website'],
    operator: 'no-entity',
    activities: ['business-software'],
    revenue: ['service-fees'],
    sectors: ['none'],
  },
  offshore: {
    hosting: 'offshore',
    forms: ['website'],
    operator: 'no-entity',
    activities: ['business-software'],
    revenue: ['service-fees'],
    sectors: ['none'],
  },
  newsApp: {
    ...COMPANY,
    forms: ['app'],
    'foreign-share': 'up-to-50',
    activities: ['others-publish'],
    revenue: ['advertising'],
    sectors: ['news-repost'],
    operations: 'several-provinces',
  },
  individual: {
    hosting: 'mainland',
    forms: ['website'],
    operator: 'individual',
    activities: ['own-content'],
    revenue: ['content-fees'],
    sectors: ['none'],
  },
  /** A registered individual business with a shop and an account on other companies' platforms. */
  platformOnly: { forms: ['official-account', 'marketplace-shop'], operator: 'individual-business', sectors: ['none'] },
  /** A privately owned video platform: the audio-visual licence is reserved to the state. */
  privateVideo: {
    ...COMPANY,
    forms: ['app'],
    'foreign-share': 'none',
    activities: ['others-publish'],
    revenue: ['advertising', 'virtual-goods'],
    sectors: ['av-programmes'],
    control: 'private',
    operations: 'one-province',
    users: 'nationwide',
  },
  /** A wholly foreign-owned SaaS with chat, in Zhejiang: chat is capped at 50% and the pilot does not open it. */
  saasChatOut: {
    ...COMPANY,
    'foreign-share': 'over-50',
    activities: ['business-software', 'messaging'],
    revenue: ['service-fees'],
    operations: 'several-provinces',
  },
  /** The same SaaS registered in Beijing, its servers there (a pilot area). */
  saasChatIn: {
    ...COMPANY,
    location: 'beijing',
    'pilot-facilities': 'yes',
    'foreign-share': 'over-50',
    activities: ['business-software', 'messaging'],
    revenue: ['service-fees'],
    operations: 'several-provinces',
  },
  /** A Chinese-owned company in Zhejiang whose community site is hosted only outside the mainland. */
  mainlandOffshore: {
    ...COMPANY,
    hosting: 'offshore',
    'foreign-share': 'none',
    activities: ['community'],
    revenue: ['advertising'],
  },
  /** A community app whose owner is not sure of the foreign shareholding. */
  unsureShare: {
    ...COMPANY,
    'foreign-share': 'not-sure',
    activities: ['community'],
    revenue: ['service-fees'],
    operations: 'one-province',
    users: 'local',
  },
} as const satisfies Record<string, Answers>;
