// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { Condition } from '../../types';

/**
 * The named conditions of version 3, shared by the questions' `when`s and the rules (questions.ts must not import
 * rules.ts: the browser's question form imports the questions alone). Section numbers are those of
 * shared/domain/icp-brief.md.
 */

// ── What the service is, and where it runs ──────────────────────────────────────────────────────────────────────────

/** Something the operator itself runs on the internet: a website, an app, a mini program, web pages, or an API or devices. */
export const OWN_SERVICE: Condition = { q: 'forms', includesAny: ['website', 'app', 'mini-program', 'h5-pages', 'none'] };
/** An account, a shop or a channel on another company's platform (§12.5). */
export const PLATFORM_PRESENCE: Condition = { q: 'forms', includesAny: ['official-account', 'marketplace-shop', 'channel'] };
/** Present only on other companies' platforms: nothing of its own to file or license (§12.5). */
export const PLATFORM_ONLY: Condition = { all: [PLATFORM_PRESENCE, { not: OWN_SERVICE }] };
/** Only an internal system, reachable on the company's own network or VPN (§7 [M]). */
export const INTERNAL_ONLY: Condition = { all: [{ q: 'forms', includes: 'intranet' }, { not: OWN_SERVICE }, { not: PLATFORM_PRESENCE }] };
/** Open to the public in some form. */
export const PUBLIC: Condition = { any: [OWN_SERVICE, PLATFORM_PRESENCE] };
/** A website, or web pages (H5, share pages) on the sponsor's own domain that an app opens: filed as websites (§4.4). */
export const WEBSITE: Condition = { q: 'forms', includesAny: ['website', 'h5-pages'] };
export const APP_OR_MINI_PROGRAM: Condition = { q: 'forms', includesAny: ['app', 'mini-program'] };
/** Served from the mainland ("undecided" and "not sure" are read as mainland, and the result says so): §4.1, §6 step 1. */
export const MAINLAND: Condition = { q: 'hosting', in: ['mainland', 'undecided', 'not-sure'] };
export const OFFSHORE: Condition = { q: 'hosting', is: 'offshore' };

// ── Who runs it ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const COMPANY: Condition = { q: 'operator', is: 'mainland-company' };
/** A mainland entity that is not a company: it may file but never hold a telecom licence (§3.1, §12.6 [H]). */
export const NOT_A_COMPANY: Condition = { q: 'operator', in: ['individual-business', 'public-institution', 'rep-office'] };
/** A mainland entity with an address of registration. */
export const REGISTERED_ENTITY: Condition = {
  q: 'operator',
  in: ['mainland-company', 'individual-business', 'public-institution', 'rep-office'],
};
export const PERSON: Condition = { q: 'operator', is: 'individual' };
export const NO_ENTITY: Condition = { q: 'operator', is: 'no-entity' };
/** Some foreign shareholding (Hong Kong, Macau and Taiwan count as foreign: §6 step 6). */
export const FOREIGN_SHARE: Condition = { q: 'foreign-share', in: ['up-to-50', 'over-50'] };
export const OVER_50: Condition = { q: 'foreign-share', is: 'over-50' };
export const UP_TO_50: Condition = { q: 'foreign-share', is: 'up-to-50' };
/** Foreign by nature: a company abroad without a mainland entity, or its representative office. */
export const FOREIGN_ENTITY: Condition = { q: 'operator', in: ['no-entity', 'rep-office'] };
/** Operators that are certainly neither state-owned nor news units: private persons and businesses, and foreign ones. */
export const CERTAINLY_PRIVATE: Condition = { q: 'operator', in: ['individual', 'individual-business', 'rep-office', 'no-entity'] };

// ── What it does, and how it earns ──────────────────────────────────────────────────────────────────────────────────

/** Activities each of which is a B25 sub-item (§2.2); own content delivered for a fee is release and delivery. */
export const B25_ACTIVITIES = [
  'own-content',
  'others-publish',
  'app-store',
  'search-engine',
  'community',
  'messaging',
  'security',
] as const;
/** B21 beyond e-commerce: online data processing, EDI proper, device data processing (§2.1, §2.3). */
export const B21_OTHER_ACTIVITIES = ['data-processing', 'edi-exchange', 'device-platform'] as const;
/** Activities that say which licence family the service is in; a payment model then only makes it commercial. */
export const CLASSIFYING_ACTIVITIES = [
  ...B25_ACTIVITIES,
  'third-party-trade',
  ...B21_OTHER_ACTIVITIES,
  'business-software',
  'sms',
  'infrastructure',
] as const;
export const CLASSIFIED: Condition = { q: 'activities', includesAny: CLASSIFYING_ACTIVITIES };
export const ANY_B25_ACTIVITY: Condition = { q: 'activities', includesAny: B25_ACTIVITIES };
/** Sectors the 2024 pilot leaves out of B25 release and delivery: news, publishing (games too), audio-visual, culture (§3.3). */
export const PILOT_EXCLUDED_SECTORS = [
  'news-original',
  'news-repost',
  'online-publishing',
  'games',
  'av-programmes',
  'performances',
  'music',
] as const;
/** Sectors whose content is itself what users get (games, programmes, lessons, publications, news, performances, music). */
export const CONTENT_SECTORS = [...PILOT_EXCLUDED_SECTORS, 'recorded-lessons'] as const;
export const CONTENT_SECTOR: Condition = { q: 'sectors', includesAny: CONTENT_SECTORS };

/**
 * Income that makes the service commercial (经营性) under Order 292 Art 3 and the MII 2002 reply: payment for information,
 * for the online service itself (whatever the payment model), virtual goods, listings, advertising, commissions and
 * web-page production (§0.2, §1.2, §6 step 2).
 */
export const COMMERCIAL_REVENUE = [
  'content-fees',
  'service-fees',
  'virtual-goods',
  'listing-fees',
  'advertising',
  'ad-network',
  'commissions',
  'web-design',
] as const;
export const COMMERCIAL: Condition = { q: 'revenue', includesAny: COMMERCIAL_REVENUE };
/** The payment model alone: what the service is paid for is the service itself, however it is charged. */
export const SERVICE_FEES: Condition = { q: 'revenue', includes: 'service-fees' };
export const ADVERTISING: Condition = { q: 'revenue', includesAny: ['advertising', 'ad-network'] };
export const WEB_DESIGN: Condition = { q: 'revenue', includes: 'web-design' };
export const FREE: Condition = { q: 'revenue', includes: 'none' };
/** Earning from the online service in any way ("for-profit" in the internet culture rules): not a free site promoting offline sales. */
export const FOR_PROFIT: Condition = { q: 'revenue', includesAny: [...COMMERCIAL_REVENUE, 'own-goods', 'infrastructure-fees'] };
/** Any business use: a personal filing may carry no commercial content at all (§4.1, §12.6 [M]). */
export const ANY_BUSINESS: Condition = {
  q: 'revenue',
  includesAny: [...COMMERCIAL_REVENUE, 'own-goods', 'infrastructure-fees', 'offline-sales'],
};
/** Selling one's own goods or services online, with nothing else that is commercial (§7, §2.3). */
export const OWN_GOODS_ONLY: Condition = { all: [{ q: 'revenue', includes: 'own-goods' }, { not: COMMERCIAL }] };

/** Software sold as a service that no activity classifies, or business software: B25, B21 or B11, unsettled (§2.4, §10.3). */
export const SAAS: Condition = {
  all: [
    COMMERCIAL,
    {
      any: [
        { q: 'activities', includes: 'business-software' },
        // Paid for as a service, and nothing else says what it is: no activity, no content, no other income.
        {
          all: [
            SERVICE_FEES,
            { not: CLASSIFIED },
            { not: CONTENT_SECTOR },
            { not: { q: 'revenue', includesAny: COMMERCIAL_REVENUE.filter((r) => r !== 'service-fees') } },
          ],
        },
      ],
    },
  ],
};

/** The B25 rules' conditions (rules.ts): each produces the ICP licence with a sub-item. */
export const OWN_CONTENT_DELIVERY: Condition = {
  any: [
    { all: [{ q: 'activities', includes: 'own-content' }, COMMERCIAL] },
    { all: [CONTENT_SECTOR, COMMERCIAL] },
    { q: 'revenue', includes: 'content-fees' },
    // Virtual goods and advertising pay for what the service itself delivers, when no activity says it is something else.
    { all: [{ q: 'revenue', includesAny: ['virtual-goods', 'advertising', 'ad-network'] }, { not: ANY_B25_ACTIVITY }] },
    // A commission with nothing else to classify the service (not a marketplace: that is B21).
    { all: [{ q: 'revenue', includes: 'commissions' }, { not: CLASSIFIED }, { not: CONTENT_SECTOR }] },
  ],
};
export const B25_BY_ACTIVITY: Condition = {
  all: [
    COMMERCIAL,
    { q: 'activities', includesAny: ['others-publish', 'app-store', 'search-engine', 'community', 'messaging', 'security'] },
  ],
};
export const LISTING_FEES: Condition = { q: 'revenue', includes: 'listing-fees' };
export const IVR: Condition = { q: 'infrastructure', includes: 'ivr' };

/** The ICP licence (B25, internet information services) is needed: the conditions of every rule that produces it. */
export const NEEDS_ICP_LICENCE: Condition = {
  all: [MAINLAND, { any: [OWN_CONTENT_DELIVERY, B25_BY_ACTIVITY, LISTING_FEES, SAAS, WEB_DESIGN, IVR] }],
};

// ── B21, SMS, infrastructure ──────────────────────────────────────────────────────────────────────────────────────

/** Other parties trade with each other on the platform (§2.3): only then does a commission make B21 transaction processing. */
export const THIRD_PARTY_TRADE: Condition = { q: 'activities', includes: 'third-party-trade' };
export const B21_OTHER: Condition = { q: 'activities', includesAny: B21_OTHER_ACTIVITIES };
export const NEEDS_EDI_LICENCE: Condition = {
  all: [MAINLAND, { any: [THIRD_PARTY_TRADE, B21_OTHER, { q: 'sectors', includes: 'ride-hailing' }] }],
};
export const NEEDS_SP_LICENCE: Condition = { all: [MAINLAND, { q: 'activities', includes: 'sms' }] };
/** Infrastructure and communications services with a catalogue code of their own (B11–B14, B22–B24, B26) or "other". */
export const INFRASTRUCTURE_SERVICES = ['cloud', 'cdn', 'vpn', 'access', 'conferencing', 'email', 'call-centre', 'dns', 'other'] as const;
/**
 * Infrastructure or communications that the visitor says is sold or offered, but names none of: a telecom service we
 * cannot place, never "filing only" (the `infrastructure` follow-up answered "none of these").
 */
export const UNNAMED_INFRASTRUCTURE: Condition = {
  all: [
    { q: 'infrastructure', includes: 'none' },
    { q: 'revenue', includes: 'infrastructure-fees' },
  ],
};
export const NEEDS_OTHER_VATS: Condition = {
  all: [MAINLAND, { any: [{ q: 'infrastructure', includesAny: INFRASTRUCTURE_SERVICES }, UNNAMED_INFRASTRUCTURE] }],
};
/** Some telecom licence (icp-licence, edi-licence, sp-licence, vats-other) is needed. */
export const NEEDS_LICENCE: Condition = { any: [NEEDS_ICP_LICENCE, NEEDS_EDI_LICENCE, NEEDS_SP_LICENCE, NEEDS_OTHER_VATS] };

// ── Foreign shareholding (§3.2, §3.3, §6 step 6, §12.1, §12.3) ──────────────────────────────────────────────────────

/** Closed to foreign shareholding nationally, open to 100 % in the pilot areas: B11, B12, B14 (§2.4, §6 step 6). */
export const CLOSED_INFRASTRUCTURE = ['cloud', 'cdn', 'access'] as const;
export const NEEDS_CLOSED_INFRASTRUCTURE: Condition = { all: [MAINLAND, { q: 'infrastructure', includesAny: CLOSED_INFRASTRUCTURE }] };

/** A needed service capped at 50 % outside the pilot: every B25 service, SP, B21 beyond e-commerce, B11–B14, B26. */
export const CAPPED_NEED: Condition = {
  any: [
    NEEDS_ICP_LICENCE,
    NEEDS_SP_LICENCE,
    { all: [MAINLAND, B21_OTHER] },
    { all: [MAINLAND, { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'vpn', 'access', 'dns'] }] },
  ],
};

/**
 * A capped service the 2024 pilot does not open (§3.3, §12.1): B25 search, community and instant interaction (IVR
 * included), B25 for news, publishing, audio-visual or culture, the SP licence, B13 and B26.
 */
export const NOT_PILOT_OPENABLE_SETTLED: Condition = {
  all: [
    MAINLAND,
    {
      any: [
        { all: [COMMERCIAL, { q: 'activities', includesAny: ['search-engine', 'community', 'messaging'] }] },
        { all: [COMMERCIAL, { q: 'sectors', includesAny: PILOT_EXCLUDED_SECTORS }] },
        { q: 'infrastructure', includesAny: ['ivr', 'vpn', 'dns'] },
        { q: 'activities', includes: 'sms' },
      ],
    },
  ],
};
/**
 * What the pilot may not open: the settled cases, and B25 of a kind whose sub-item is unsettled (business software,
 * web-page production), read as the B25 that most practice files it under. The grey area's other readings (B21, B11;
 * no licence) are judged too, so a block on this ground alone leaves the result unsettled (lib/assessment/verdict.ts).
 */
export const NOT_PILOT_OPENABLE: Condition = { any: [NOT_PILOT_OPENABLE_SETTLED, { all: [MAINLAND, { any: [SAAS, WEB_DESIGN] }] }] };

/**
 * The pilot could lift what the foreign share exceeds: over 50 % where no capped need is one the pilot leaves capped
 * (business software and web-page production included: it may open them, which the result calls unsettled), or up to
 * 50 % in B11, B12 or B14, which are closed to foreign shareholding outside the pilot.
 */
export const PILOT_COULD_HELP: Condition = {
  any: [{ all: [OVER_50, CAPPED_NEED, { not: NOT_PILOT_OPENABLE_SETTLED }] }, { all: [UP_TO_50, NEEDS_CLOSED_INFRASTRUCTURE] }],
};

/** Registered in a place the 2024 pilot names, as far as the answers tell (§12.1). */
export const PILOT_PLACE: Condition = {
  any: [
    { q: 'location', is: 'beijing' },
    {
      all: [
        { q: 'location', is: 'shanghai' },
        { q: 'shanghai-area', is: 'pudong-lingang' },
      ],
    },
    {
      all: [
        { q: 'location', is: 'guangdong' },
        { q: 'guangdong-city', is: 'shenzhen' },
      ],
    },
    {
      all: [
        { q: 'location', is: 'hainan' },
        { q: 'hainan-area', is: 'island' },
      ],
    },
  ],
};
/** Registered in a pilot place with the service's facilities there: may apply for MIIT's pilot approval (§12.1). */
export const IN_PILOT: Condition = { all: [PILOT_PLACE, { q: 'pilot-facilities', is: 'yes' }] };

/** Capped needs other than an app store (release and delivery limited to app stores) and internet access (B14). */
const CAPPED_BEYOND_APP_STORE_AND_ACCESS: Condition = {
  any: [
    { all: [COMMERCIAL, { q: 'activities', includesAny: B25_ACTIVITIES.filter((a) => a !== 'app-store') }] },
    { all: [MAINLAND, OWN_CONTENT_DELIVERY] },
    { all: [MAINLAND, { any: [SAAS, WEB_DESIGN, IVR] }] },
    // Listing fees of an app store are the app store's own business.
    { all: [MAINLAND, LISTING_FEES, { not: { q: 'activities', includes: 'app-store' } }] },
    NEEDS_SP_LICENCE,
    { all: [MAINLAND, B21_OTHER] },
    { all: [MAINLAND, { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'vpn', 'dns'] }] },
  ],
};
const HK_MACAU: Condition = { q: 'investor-origin', is: 'hk-macau' };
/** Up to 50 % foreign in B11, B12 or B14 outside the pilot: CEPA opens these to Hong Kong and Macau investors (§12.3 [M]). */
export const CEPA_COULD_OPEN_50: Condition = { all: [UP_TO_50, NEEDS_CLOSED_INFRASTRUCTURE, { not: IN_PILOT }] };
/** Over 50 % foreign where the only capped needs are an app store and internet access: CEPA allows 100 % (§12.3 [M]). */
export const CEPA_COULD_OPEN_100: Condition = {
  all: [
    OVER_50,
    MAINLAND,
    { not: IN_PILOT },
    { any: [{ all: [COMMERCIAL, { q: 'activities', includes: 'app-store' }] }, { q: 'infrastructure', includes: 'access' }] },
    { not: CAPPED_BEYOND_APP_STORE_AND_ACCESS },
  ],
};
/** Where CEPA could change the result: the `investor-origin` question is asked. */
export const CEPA_COULD_HELP: Condition = { any: [CEPA_COULD_OPEN_50, CEPA_COULD_OPEN_100] };
/** Certified Hong Kong or Macau service suppliers may hold what the foreign share needs (§12.3 [M]; conditions [L]). */
export const CEPA_OPENS: Condition = { all: [HK_MACAU, CEPA_COULD_HELP] };
