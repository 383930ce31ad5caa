// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { Question } from '../../types';
import {
  CEPA_COULD_HELP,
  COMPANY,
  NEEDS_LICENCE,
  OWN_SERVICE,
  PILOT_COULD_HELP,
  PILOT_PLACE,
  PUBLIC,
  REGISTERED_ENTITY,
} from './conditions';

/**
 * The questionnaire, in the order it is asked. Ids (of questions and options) are permanent: they are the keys and
 * values of every answer URL. Copy lives in the locale messages (`assessment.questions.<id>`). A `when` may only read
 * questions that come before it.
 *
 * Changes from version 2 (icp-brief §12): what the service is made of comes first and covers accounts, shops and
 * channels on other companies' platforms and internal systems; more kinds of operator; what the service does comes
 * before how it earns, and the earnings no longer name a licence family; B21 beyond e-commerce and business software
 * can be described; news and audio-visual options say where they start; who controls the company where a permit is
 * reserved to the state or news units; where the company is registered (and, where it matters, the district or city
 * and where its servers are) replaces "are you in a pilot area"; Hong Kong and Macau investors where CEPA could
 * change the result; where the company runs the service and where its users are, kept apart.
 */

/** Provinces, autonomous regions and municipalities of the mainland (option ids of `location`), in the usual order. */
export const PROVINCES = [
  'beijing',
  'tianjin',
  'hebei',
  'shanxi',
  'inner-mongolia',
  'liaoning',
  'jilin',
  'heilongjiang',
  'shanghai',
  'jiangsu',
  'zhejiang',
  'anhui',
  'fujian',
  'jiangxi',
  'shandong',
  'henan',
  'hubei',
  'hunan',
  'guangdong',
  'guangxi',
  'hainan',
  'chongqing',
  'sichuan',
  'guizhou',
  'yunnan',
  'tibet',
  'shaanxi',
  'gansu',
  'qinghai',
  'ningxia',
  'xinjiang',
] as const;

export const QUESTIONS = [
  {
    id: 'forms',
    kind: 'multi',
    options: [
      { id: 'website' },
      { id: 'app' },
      { id: 'mini-program' },
      { id: 'h5-pages' },
      { id: 'official-account' },
      { id: 'marketplace-shop' },
      { id: 'channel' },
      { id: 'intranet' },
      { id: 'none', exclusive: true },
    ],
  },
  {
    id: 'hosting',
    kind: 'single',
    options: [{ id: 'mainland' }, { id: 'offshore' }, { id: 'undecided' }, { id: 'not-sure' }],
    when: OWN_SERVICE,
  },
  {
    id: 'operator',
    kind: 'single',
    options: [
      { id: 'mainland-company' },
      { id: 'individual-business' },
      { id: 'public-institution' },
      { id: 'rep-office' },
      { id: 'individual' },
      { id: 'no-entity' },
    ],
    when: PUBLIC,
  },
  {
    id: 'foreign-share',
    kind: 'single',
    options: [{ id: 'none' }, { id: 'up-to-50' }, { id: 'over-50' }, { id: 'not-sure' }],
    when: COMPANY,
  },
  {
    id: 'activities',
    kind: 'multi',
    options: [
      { id: 'own-content' },
      { id: 'others-publish' },
      { id: 'app-store' },
      { id: 'search-engine' },
      { id: 'community' },
      { id: 'messaging' },
      { id: 'security' },
      { id: 'third-party-trade' },
      { id: 'data-processing' },
      { id: 'edi-exchange' },
      { id: 'device-platform' },
      { id: 'business-software' },
      { id: 'sms' },
      { id: 'infrastructure' },
      { id: 'none-of-these', exclusive: true },
    ],
    when: OWN_SERVICE,
  },
  {
    id: 'revenue',
    kind: 'multi',
    options: [
      { id: 'none', exclusive: true },
      { id: 'offline-sales' },
      { id: 'own-goods' },
      { id: 'content-fees' },
      { id: 'service-fees' },
      { id: 'virtual-goods' },
      { id: 'listing-fees' },
      { id: 'advertising' },
      { id: 'ad-network' },
      { id: 'commissions' },
      { id: 'infrastructure-fees' },
      { id: 'web-design' },
    ],
    when: OWN_SERVICE,
  },
  {
    id: 'infrastructure',
    kind: 'multi',
    options: [
      { id: 'cloud' },
      { id: 'cdn' },
      { id: 'vpn' },
      { id: 'access' },
      { id: 'conferencing' },
      { id: 'email' },
      { id: 'call-centre' },
      { id: 'ivr' },
      { id: 'dns' },
      { id: 'other' },
      { id: 'none', exclusive: true },
    ],
    when: {
      any: [
        { q: 'activities', includes: 'infrastructure' },
        { q: 'revenue', includes: 'infrastructure-fees' },
      ],
    },
  },
  {
    id: 'sectors',
    kind: 'multi',
    options: [
      { id: 'news-original' },
      { id: 'news-repost' },
      { id: 'online-publishing' },
      { id: 'games' },
      { id: 'av-programmes' },
      { id: 'recorded-lessons' },
      { id: 'performances' },
      { id: 'music' },
      { id: 'drugs-devices' },
      { id: 'k9-tutoring' },
      { id: 'religion' },
      { id: 'recruitment' },
      { id: 'ride-hailing' },
      { id: 'payment-settlement' },
      { id: 'genai' },
      { id: 'none', exclusive: true },
    ],
    when: PUBLIC,
  },
  {
    id: 'control',
    kind: 'single',
    options: [{ id: 'private' }, { id: 'state-controlled' }, { id: 'news-unit' }, { id: 'not-sure' }],
    // Only where a permit reserved to the state or to news units is needed and no foreign share already closes it (icp-brief §5).
    when: {
      all: [
        COMPANY,
        { q: 'foreign-share', in: ['none', 'not-sure'] },
        {
          any: [
            { q: 'sectors', includes: 'news-original' },
            // Audio-visual programmes on an account or channel sit with the platform's licence (icp-brief §12.5).
            { all: [{ q: 'sectors', includes: 'av-programmes' }, OWN_SERVICE] },
          ],
        },
      ],
    },
  },
  {
    id: 'location',
    kind: 'single',
    display: 'select',
    options: [...PROVINCES.map((id) => ({ id })), { id: 'not-sure' }],
    // Where it decides who reviews a filing or a licence, or whether the pilot is open (icp-brief §3.5, §4.1, §12.1).
    when: { all: [REGISTERED_ENTITY, OWN_SERVICE, { not: { q: 'hosting', is: 'offshore' } }] },
  },
  {
    id: 'shanghai-area',
    kind: 'single',
    options: [{ id: 'pudong-lingang' }, { id: 'elsewhere' }, { id: 'not-sure' }],
    when: { all: [{ q: 'location', is: 'shanghai' }, PILOT_COULD_HELP] },
  },
  {
    id: 'guangdong-city',
    kind: 'single',
    options: [{ id: 'shenzhen' }, { id: 'elsewhere' }, { id: 'not-sure' }],
    when: { all: [{ q: 'location', is: 'guangdong' }, PILOT_COULD_HELP] },
  },
  {
    id: 'hainan-area',
    kind: 'single',
    options: [{ id: 'island' }, { id: 'sansha' }, { id: 'not-sure' }],
    when: { all: [{ q: 'location', is: 'hainan' }, PILOT_COULD_HELP] },
  },
  {
    id: 'pilot-facilities',
    kind: 'single',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure' }],
    // The pilot needs the company's service facilities in the area (icp-brief §12.1 [M]).
    when: { all: [PILOT_PLACE, PILOT_COULD_HELP] },
  },
  {
    id: 'investor-origin',
    kind: 'single',
    options: [{ id: 'hk-macau' }, { id: 'other' }, { id: 'not-sure' }],
    // Only where CEPA could change the result (icp-brief §12.3): up to 50 % foreign in B11, B12 or B14, or over 50 % in
    // an app store or internet access alone, outside a pilot route.
    when: CEPA_COULD_HELP,
  },
  {
    id: 'operations',
    kind: 'single',
    options: [{ id: 'one-province' }, { id: 'several-provinces' }, { id: 'not-sure' }],
    // Only when a company needs a telecom licence (the ruleset's needsLicence; a test checks they agree).
    when: { all: [COMPANY, NEEDS_LICENCE] },
  },
  {
    id: 'users',
    kind: 'single',
    options: [{ id: 'local' }, { id: 'nationwide' }, { id: 'not-sure' }],
    when: { q: 'operations', is: 'one-province' },
  },
] as const satisfies readonly Question[];
