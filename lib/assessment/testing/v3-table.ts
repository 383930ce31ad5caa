/** The rule table of the current version: for each rule, answer sets that fire it and answer sets that do not (from icp-brief.md). */
import type { RuleId } from '../rules';
import type { Answers } from '../types';
import { MC_OVER_50, MC_UP_TO_50, PAID } from './v3-cases';

export const INFRA = (...services: string[]) => ({
  activities: ['infrastructure'],
  revenue: ['infrastructure-fees'],
  infrastructure: services,
});
export const PLATFORM = { forms: ['official-account'] } as const;

export const TABLE: Record<RuleId, { fires: Answers[]; not: Answers[] }> = {
  'website-icp-filing': {
    fires: [{}, { hosting: 'undecided' }, { hosting: 'not-sure' }, { forms: ['app', 'h5-pages'] }],
    not: [{ hosting: 'offshore' }, { forms: ['app'] }, PLATFORM, { forms: ['intranet'] }, { forms: ['none'] }],
  },
  'website-psb-filing': { fires: [{}, { hosting: 'undecided' }], not: [{ hosting: 'offshore' }, { forms: ['app'] }, PLATFORM] },
  'app-filing-mainland': {
    fires: [{ forms: ['app'] }, { forms: ['mini-program'], hosting: 'undecided' }, { forms: ['official-account', 'mini-program'] }],
    not: [{}, { hosting: 'offshore', forms: ['app'] }, PLATFORM],
  },
  'app-filing-offshore': {
    fires: [
      { hosting: 'offshore', forms: ['app'] },
      { hosting: 'offshore', forms: ['website', 'mini-program'] },
    ],
    not: [{ forms: ['app'] }, { hosting: 'offshore' }],
  },
  'offshore-hosting': { fires: [{ hosting: 'offshore' }], not: [{}, { hosting: 'undecided' }, PLATFORM] },
  'offshore-no-icp-filing': { fires: [{ hosting: 'offshore' }], not: [{}, { hosting: 'not-sure' }] },
  'offshore-serving-grey': {
    fires: [
      { hosting: 'offshore', ...PAID },
      { hosting: 'offshore', revenue: ['own-goods'] },
    ],
    not: [{ ...PAID }, { hosting: 'offshore' }, { hosting: 'offshore', revenue: ['offline-sales'] }],
  },
  'internal-no-filing': {
    fires: [{ forms: ['intranet'] }],
    not: [{}, { forms: ['intranet', 'website'] }, { forms: ['intranet', 'channel'] }],
  },
  'platform-only': {
    fires: [PLATFORM, { forms: ['marketplace-shop', 'channel'] }, { forms: ['official-account', 'intranet'] }],
    not: [{}, { forms: ['official-account', 'mini-program'] }, { forms: ['official-account', 'website'] }],
  },
  'platform-only-no-filing': { fires: [PLATFORM, { forms: ['channel'] }], not: [{}, { forms: ['channel', 'app'] }] },
  'platform-only-no-licence': { fires: [PLATFORM, { forms: ['marketplace-shop'] }], not: [{}, { forms: ['marketplace-shop', 'website'] }] },
  'b25-own-content': {
    fires: [
      { activities: ['own-content'], revenue: ['service-fees'] },
      { revenue: ['content-fees'] },
      { revenue: ['content-fees'], activities: ['community'] },
      { revenue: ['advertising'] },
      { revenue: ['virtual-goods'], sectors: ['games'] },
      { revenue: ['service-fees'], sectors: ['games'] },
      { revenue: ['commissions'] },
    ],
    not: [
      { activities: ['own-content'] },
      { revenue: ['service-fees'] },
      { revenue: ['advertising'], activities: ['community'] },
      { revenue: ['commissions'], activities: ['third-party-trade'] },
      { revenue: ['service-fees'], activities: ['device-platform'] },
      { hosting: 'offshore', revenue: ['content-fees'] },
    ],
  },
  'b25-listing-fees': {
    fires: [{ revenue: ['listing-fees'] }, { revenue: ['listing-fees'], activities: ['third-party-trade'] }],
    not: [{ ...PAID }, { hosting: 'offshore', revenue: ['listing-fees'] }],
  },
  'b25-release-delivery': {
    fires: [
      { activities: ['others-publish'], revenue: ['service-fees'] },
      { activities: ['app-store'], revenue: ['commissions'] },
    ],
    not: [{ activities: ['others-publish'] }, { activities: ['own-content'], ...PAID }],
  },
  'b25-search-query': {
    fires: [{ activities: ['search-engine'], revenue: ['advertising'] }],
    not: [{ activities: ['search-engine'] }, { activities: ['search-engine'], hosting: 'offshore', ...PAID }],
  },
  'b25-community': {
    fires: [
      { activities: ['community'], revenue: ['service-fees'] },
      { activities: ['community', 'third-party-trade'], revenue: ['commissions'] },
    ],
    not: [{ activities: ['community'] }, { activities: ['community'], revenue: ['own-goods'] }],
  },
  'b25-instant-interaction': {
    fires: [{ activities: ['messaging'], revenue: ['virtual-goods'] }],
    not: [{ activities: ['messaging'] }, { activities: ['messaging'], revenue: ['offline-sales'] }],
  },
  'b25-ivr': { fires: [INFRA('ivr'), { ...INFRA('ivr', 'call-centre') }], not: [INFRA('call-centre'), { activities: ['messaging'] }] },
  'b25-protection-processing': {
    fires: [{ activities: ['security'], revenue: ['service-fees'] }],
    not: [{ activities: ['security'] }, { activities: ['security'], revenue: ['service-fees'], hosting: 'offshore' }],
  },
  'saas-icp-licence': {
    fires: [{ activities: ['business-software'], revenue: ['service-fees'] }, { revenue: ['service-fees'] }],
    not: [
      { activities: ['business-software'] },
      { activities: ['community'], revenue: ['service-fees'] },
      { revenue: ['service-fees', 'advertising'] },
      { activities: ['device-platform'], revenue: ['service-fees'] },
      { revenue: ['service-fees'], sectors: ['games'] },
    ],
  },
  'saas-grey': {
    fires: [{ activities: ['business-software', 'messaging'], revenue: ['service-fees'] }, { revenue: ['service-fees'] }],
    not: [
      { ...INFRA('cloud'), revenue: ['service-fees'] },
      { activities: ['own-content'], revenue: ['service-fees'] },
    ],
  },
  'web-production-icp-licence': {
    fires: [{ revenue: ['web-design'] }, { revenue: ['web-design', 'own-goods'] }],
    not: [{}, { revenue: ['own-goods'] }, { hosting: 'offshore', revenue: ['web-design'] }],
  },
  'web-production-grey': { fires: [{ revenue: ['web-design'] }], not: [{}, { ...PAID }, { hosting: 'offshore', revenue: ['web-design'] }] },
  'advertising-income-grey': {
    fires: [{ revenue: ['advertising'] }, { revenue: ['ad-network', 'own-goods'] }, { revenue: ['advertising', 'offline-sales'] }],
    not: [
      { revenue: ['advertising', 'content-fees'] },
      { revenue: ['ad-network', 'service-fees'] },
      { hosting: 'offshore', revenue: ['advertising'] },
    ],
  },
  'free-no-icp-licence': { fires: [{}, { hosting: 'offshore' }], not: [{ revenue: ['offline-sales'] }, { ...PAID }] },
  'offline-sales-no-icp-licence': {
    fires: [{ revenue: ['offline-sales'] }],
    not: [{}, { revenue: ['offline-sales', 'own-goods'] }, { revenue: ['offline-sales', 'advertising'] }],
  },
  'own-goods-no-icp-licence': {
    fires: [{ revenue: ['own-goods'] }, { revenue: ['own-goods', 'offline-sales'] }],
    not: [{ revenue: ['own-goods', 'content-fees'] }, { revenue: ['offline-sales'] }, { hosting: 'offshore', revenue: ['own-goods'] }],
  },
  'own-goods-self-operated-grey': {
    fires: [{ revenue: ['own-goods'] }],
    not: [{ revenue: ['offline-sales'] }, { revenue: ['own-goods', 'service-fees'] }],
  },
  'infrastructure-fees-no-icp-licence': {
    fires: [INFRA('cloud'), INFRA('conferencing', 'email')],
    not: [{ ...INFRA('cloud'), revenue: ['infrastructure-fees', 'content-fees'] }, INFRA('ivr')],
  },
  'trade-platform-edi-licence': {
    fires: [{ activities: ['third-party-trade'], revenue: ['commissions'] }, { activities: ['third-party-trade'] }],
    not: [
      { revenue: ['commissions'] },
      { activities: ['others-publish'], revenue: ['commissions', 'virtual-goods'] },
      { activities: ['third-party-trade'], hosting: 'offshore' },
    ],
  },
  'data-processing-edi-licence': {
    fires: [{ activities: ['data-processing'], revenue: ['service-fees'] }],
    not: [
      { activities: ['business-software'], revenue: ['service-fees'] },
      { activities: ['data-processing'], hosting: 'offshore' },
    ],
  },
  'edi-exchange-edi-licence': { fires: [{ activities: ['edi-exchange'] }], not: [{ activities: ['third-party-trade'] }] },
  'device-platform-edi-licence': {
    fires: [{ activities: ['device-platform'] }, { forms: ['none'], activities: ['device-platform'], revenue: ['service-fees'] }],
    not: [{ activities: ['device-platform'], hosting: 'offshore' }],
  },
  'ride-hailing-edi-licence': { fires: [{ sectors: ['ride-hailing'] }], not: [{}, { sectors: ['ride-hailing'], hosting: 'offshore' }] },
  'sms-sp-licence': { fires: [{ activities: ['sms'] }], not: [{ activities: ['messaging'], ...PAID }] },
  'infrastructure-b11': { fires: [INFRA('cloud')], not: [INFRA('cdn'), { revenue: ['service-fees'], activities: ['business-software'] }] },
  'infrastructure-b12': { fires: [INFRA('cdn')], not: [INFRA('cloud')] },
  'infrastructure-b13': { fires: [INFRA('vpn')], not: [INFRA('access')] },
  'infrastructure-b14': { fires: [INFRA('access')], not: [INFRA('vpn')] },
  'infrastructure-b22': { fires: [INFRA('conferencing')], not: [{ activities: ['messaging'], ...PAID }] },
  'infrastructure-b23': { fires: [INFRA('email')], not: [INFRA('call-centre')] },
  'infrastructure-b24': { fires: [INFRA('call-centre')], not: [INFRA('ivr')] },
  'infrastructure-b26': { fires: [INFRA('dns')], not: [INFRA('cdn')] },
  'infrastructure-other': { fires: [INFRA('other')], not: [INFRA('cloud')] },
  'infrastructure-unnamed': {
    // Customers pay for infrastructure or communications, and none of the options names it: never "filing only".
    fires: [{ revenue: ['infrastructure-fees'], infrastructure: ['none'] }, { ...INFRA('none') }],
    not: [{ activities: ['infrastructure'], revenue: ['none'], infrastructure: ['none'] }, INFRA('cloud')],
  },
  'group-calls-grey': {
    fires: [{ activities: ['messaging', 'infrastructure'], revenue: ['service-fees'], infrastructure: ['conferencing'] }],
    not: [INFRA('conferencing'), { activities: ['messaging'], revenue: ['service-fees'] }],
  },
  'security-assessment-community': {
    fires: [
      { activities: ['community'] },
      { activities: ['others-publish'], revenue: ['commissions'] },
      { forms: ['mini-program'], activities: ['community'] },
    ],
    not: [{ forms: ['official-account'] }, { activities: ['community'], hosting: 'offshore' }, { activities: ['own-content'] }],
  },
  'security-assessment-messaging': { fires: [{ activities: ['messaging'] }], not: [{ activities: ['security'] }, { forms: ['channel'] }] },
  'news-permit': {
    fires: [{ sectors: ['news-original'] }, { sectors: ['news-repost'] }, { ...PLATFORM, sectors: ['news-repost'] }],
    not: [{}, { sectors: ['online-publishing'] }],
  },
  'publishing-permit': {
    fires: [{ sectors: ['online-publishing'] }],
    not: [{}, { ...PLATFORM, sectors: ['online-publishing'] }, { activities: ['own-content'], revenue: ['content-fees'] }],
  },
  'publishing-permit-account': { fires: [{ ...PLATFORM, sectors: ['online-publishing'] }], not: [{ sectors: ['online-publishing'] }] },
  'game-approval': { fires: [{ sectors: ['games'] }], not: [{}] },
  'audiovisual-permit': {
    fires: [{ sectors: ['av-programmes'] }, { sectors: ['av-programmes'], forms: ['channel', 'app'] }],
    not: [{ ...PLATFORM, sectors: ['av-programmes'] }, { forms: ['channel'], sectors: ['av-programmes'] }, { activities: ['own-content'] }],
  },
  'audiovisual-on-platform': { fires: [{ forms: ['channel'], sectors: ['av-programmes'] }], not: [{ sectors: ['av-programmes'] }] },
  'av-scope-grey': {
    fires: [{ sectors: ['recorded-lessons'] }, { sectors: ['recorded-lessons', 'k9-tutoring'], ...PAID }],
    not: [
      { sectors: ['recorded-lessons', 'av-programmes'] },
      { forms: ['channel'], sectors: ['recorded-lessons'] },
      { activities: ['own-content'], ...PAID },
    ],
  },
  'culture-permit': {
    fires: [
      { sectors: ['performances'], revenue: ['virtual-goods'] },
      { sectors: ['music'], ...PAID },
    ],
    not: [
      { sectors: ['performances'] },
      { forms: ['channel'], sectors: ['performances'] },
      { sectors: ['performances'], revenue: ['offline-sales'] },
    ],
  },
  'culture-free-no-permit': {
    fires: [{ sectors: ['music'] }, { sectors: ['performances'], revenue: ['offline-sales'] }],
    not: [
      { sectors: ['music'], ...PAID },
      { forms: ['channel'], sectors: ['music'] },
    ],
  },
  'performances-on-platform': { fires: [{ forms: ['channel'], sectors: ['performances'] }], not: [{ sectors: ['performances'] }] },
  'music-on-platform': { fires: [{ forms: ['channel'], sectors: ['music'] }], not: [{ sectors: ['music'] }, { forms: ['channel'] }] },
  'drug-info-permit': { fires: [{ sectors: ['drugs-devices'] }, { ...PLATFORM, sectors: ['drugs-devices'] }], not: [{}] },
  'education-approval': { fires: [{ sectors: ['k9-tutoring'] }], not: [{}] },
  'religion-permit': { fires: [{ sectors: ['religion'] }], not: [{}] },
  'recruitment-permit': { fires: [{ sectors: ['recruitment'] }], not: [{}] },
  'ride-hailing-permit': { fires: [{ sectors: ['ride-hailing'] }], not: [{}] },
  'payment-licence': { fires: [{ sectors: ['payment-settlement'] }], not: [{ revenue: ['own-goods'] }] },
  'genai-filing': { fires: [{ sectors: ['genai'] }], not: [{}] },
  'no-mainland-entity': {
    fires: [
      { operator: 'individual', ...PAID },
      { operator: 'no-entity', activities: ['third-party-trade'] },
    ],
    not: [{ operator: 'individual' }, { ...PAID }, { operator: 'individual-business', ...PAID }],
  },
  'no-entity-filing': {
    fires: [{ operator: 'no-entity' }, { operator: 'no-entity', hosting: 'offshore', forms: ['app'] }],
    not: [{ operator: 'no-entity', hosting: 'offshore' }, { operator: 'no-entity', ...PLATFORM }, { operator: 'individual' }],
  },
  'not-a-company': {
    fires: [
      { operator: 'individual-business', ...PAID },
      { operator: 'public-institution', activities: ['community'], revenue: ['service-fees'] },
      { operator: 'rep-office', activities: ['third-party-trade'] },
    ],
    not: [
      { operator: 'individual-business' },
      { operator: 'individual-business', revenue: ['own-goods'] },
      { operator: 'public-institution' },
    ],
  },
  'individual-business-use': {
    fires: [
      { operator: 'individual', revenue: ['own-goods'] },
      { operator: 'individual', revenue: ['offline-sales'] },
      { operator: 'individual', revenue: ['ad-network'] },
    ],
    not: [{ operator: 'individual' }, { operator: 'individual-business', revenue: ['own-goods'] }, { operator: 'individual', ...PLATFORM }],
  },
  'individual-forum': {
    fires: [{ operator: 'individual', activities: ['community'] }],
    not: [
      { operator: 'individual', activities: ['own-content'] },
      { operator: 'individual-business', activities: ['community'] },
    ],
  },
  'rep-office-profit': {
    fires: [
      { operator: 'rep-office', revenue: ['own-goods'] },
      { operator: 'rep-office', ...PAID },
    ],
    not: [{ operator: 'rep-office' }, { operator: 'rep-office', revenue: ['offline-sales'] }],
  },
  'private-capital-av': {
    fires: [
      { sectors: ['av-programmes'], control: 'private' },
      { sectors: ['av-programmes'], control: 'not-sure' },
      { operator: 'individual-business', sectors: ['av-programmes'] },
      { operator: 'individual', sectors: ['av-programmes'] },
    ],
    not: [
      { sectors: ['av-programmes'], control: 'state-controlled' },
      { sectors: ['av-programmes'], control: 'news-unit' },
      { forms: ['channel'], operator: 'individual', sectors: ['av-programmes'] },
      { ...MC_UP_TO_50, sectors: ['av-programmes'] },
    ],
  },
  'private-capital-news': {
    fires: [
      { sectors: ['news-original'], control: 'private' },
      { sectors: ['news-original'], control: 'state-controlled' },
      { ...PLATFORM, operator: 'individual', sectors: ['news-original'] },
    ],
    not: [
      { sectors: ['news-original'], control: 'news-unit' },
      { sectors: ['news-repost'] },
      { sectors: ['av-programmes'], control: 'private' },
    ],
  },
  'foreign-cap-exceeded': {
    fires: [
      { ...MC_OVER_50, activities: ['community'], revenue: ['service-fees'] },
      { ...MC_OVER_50, ...PAID },
      { ...MC_OVER_50, ...PAID, location: 'beijing', 'pilot-facilities': 'no' },
      { ...MC_OVER_50, activities: ['community'], revenue: ['service-fees'], location: 'beijing' },
      { ...MC_OVER_50, activities: ['device-platform'] },
      { ...MC_OVER_50, revenue: ['service-fees'], location: 'beijing', 'pilot-facilities': 'yes' },
      { ...MC_OVER_50, activities: ['app-store'], revenue: ['commissions'], 'investor-origin': 'other' },
    ],
    not: [
      { ...MC_UP_TO_50, ...PAID },
      { ...MC_OVER_50, activities: ['third-party-trade'], revenue: ['commissions'] },
      { ...MC_OVER_50, ...PAID, location: 'beijing', 'pilot-facilities': 'yes' },
      { ...MC_OVER_50, ...PAID, location: 'shanghai', 'shanghai-area': 'pudong-lingang', 'pilot-facilities': 'yes' },
      { ...MC_OVER_50, ...INFRA('conferencing', 'email', 'call-centre') },
      { ...MC_OVER_50, activities: ['app-store'], revenue: ['commissions'], 'investor-origin': 'hk-macau' },
      { ...MC_OVER_50 },
    ],
  },
  'foreign-closed-infrastructure': {
    fires: [
      { ...MC_UP_TO_50, ...INFRA('cloud') },
      { ...MC_UP_TO_50, ...INFRA('access'), 'investor-origin': 'other' },
    ],
    not: [
      { ...MC_UP_TO_50, ...INFRA('vpn') },
      { ...MC_UP_TO_50, ...INFRA('cloud'), location: 'guangdong', 'guangdong-city': 'shenzhen', 'pilot-facilities': 'yes' },
      { ...MC_UP_TO_50, ...INFRA('cdn'), 'investor-origin': 'hk-macau' },
      INFRA('cloud'),
    ],
  },
  'pilot-zone-in-zone': {
    fires: [
      { ...MC_OVER_50, ...PAID, location: 'beijing', 'pilot-facilities': 'yes' },
      { ...MC_UP_TO_50, ...INFRA('cdn'), location: 'hainan', 'hainan-area': 'island', 'pilot-facilities': 'yes' },
    ],
    not: [
      { ...MC_OVER_50, ...PAID, location: 'beijing', 'pilot-facilities': 'no' },
      { ...MC_OVER_50, ...PAID, location: 'shanghai', 'shanghai-area': 'elsewhere' },
      { ...MC_OVER_50, activities: ['community'], revenue: ['service-fees'], location: 'beijing' },
    ],
  },
  'pilot-zone-option': {
    fires: [
      { ...MC_OVER_50, ...PAID },
      { ...MC_OVER_50, ...PAID, location: 'guangdong', 'guangdong-city': 'elsewhere' },
    ],
    not: [{ ...MC_OVER_50, activities: ['search-engine'], revenue: ['advertising'] }, { ...MC_UP_TO_50, ...PAID }, { ...MC_OVER_50 }],
  },
  'pilot-area-extent-grey': {
    fires: [
      { ...MC_OVER_50, ...PAID, location: 'hainan', 'hainan-area': 'sansha' },
      { ...MC_OVER_50, ...PAID, location: 'hainan', 'hainan-area': 'not-sure' },
    ],
    not: [{ ...MC_OVER_50, ...PAID, location: 'hainan', 'hainan-area': 'island' }],
  },
  'cepa-route': {
    fires: [
      { ...MC_UP_TO_50, ...INFRA('cloud'), 'investor-origin': 'hk-macau' },
      { ...MC_OVER_50, activities: ['app-store'], revenue: ['commissions'], 'investor-origin': 'hk-macau' },
      { ...MC_OVER_50, ...INFRA('access', 'email'), 'investor-origin': 'hk-macau' },
    ],
    not: [
      { ...MC_UP_TO_50, ...INFRA('cloud'), 'investor-origin': 'other' },
      { ...MC_OVER_50, ...INFRA('cloud'), 'investor-origin': 'hk-macau' },
    ],
  },
  'foreign-prohibited-sector': {
    fires: [
      { ...MC_UP_TO_50, sectors: ['news-repost'] },
      { ...MC_OVER_50, sectors: ['games'] },
      { operator: 'no-entity', ...PLATFORM, sectors: ['news-repost'] },
    ],
    not: [
      { sectors: ['games'] },
      { ...MC_UP_TO_50, forms: ['channel'], sectors: ['av-programmes'] },
      { ...MC_UP_TO_50, sectors: ['music'], ...PAID },
    ],
  },
  'foreign-prohibited-culture': {
    fires: [{ ...MC_UP_TO_50, sectors: ['performances'], ...PAID }],
    not: [
      { ...MC_UP_TO_50, sectors: ['performances'] },
      { ...MC_UP_TO_50, forms: ['channel'], sectors: ['performances'] },
      { sectors: ['performances'], ...PAID },
    ],
  },
  'capital-one-province-local': {
    fires: [{ ...PAID, operations: 'one-province', users: 'local' }],
    not: [
      { ...PAID, operations: 'several-provinces' },
      { ...PAID, operations: 'one-province', users: 'nationwide' },
      { operator: 'individual-business', ...PAID },
    ],
  },
  'capital-one-province-nationwide': {
    fires: [
      { ...PAID, operations: 'one-province', users: 'nationwide' },
      { ...PAID, operations: 'one-province', users: 'not-sure' },
    ],
    not: [
      { ...PAID, operations: 'one-province', users: 'local' },
      { ...PAID, operations: 'several-provinces' },
    ],
  },
  'capital-cross-regional': {
    fires: [
      { ...PAID, operations: 'several-provinces' },
      { ...PAID, operations: 'not-sure' },
    ],
    not: [{ ...PAID, operations: 'one-province', users: 'nationwide' }, {}],
  },
  'cross-regional-users-grey': {
    fires: [{ ...PAID, operations: 'one-province', users: 'nationwide' }],
    not: [
      { ...PAID, operations: 'several-provinces' },
      { ...PAID, operations: 'one-province', users: 'local' },
    ],
  },
};
