// FROZEN: ruleset version 2, released 2026-12-01. Never edit this file: every link issued under version 2
// is classified with it, and rulesets/v2/fixtures/ checks that its results never change. Change rules in the current version.
import type { Question } from '../../types';

/**
 * The questionnaire, in the order it is asked. Ids (of questions and options) are permanent:
 * they are the keys and values of every answer URL. Copy lives in the locale messages
 * (`assessment.questions.<id>`). A `when` may only read questions that come before it.
 * Changes from version 1: "not sure" answers; new revenue options; reworded options with new ids
 * where the meaning changed (others-publish, search-engine, current-affairs-news, payment-settlement);
 * web pages of an app; "other" and "none" infrastructure; pilot-area asked after the services, for any
 * foreign shareholding that the pilot could change; regions says where users are.
 */
export const QUESTIONS = [
  {
    id: 'hosting',
    kind: 'single',
    options: [{ id: 'mainland' }, { id: 'offshore' }, { id: 'undecided' }, { id: 'not-sure' }],
  },
  {
    id: 'forms',
    kind: 'multi',
    options: [{ id: 'website' }, { id: 'app' }, { id: 'mini-program' }, { id: 'h5-pages' }],
  },
  {
    id: 'operator',
    kind: 'single',
    options: [{ id: 'mainland-company' }, { id: 'individual' }, { id: 'no-entity' }],
  },
  {
    id: 'foreign-share',
    kind: 'single',
    options: [{ id: 'none' }, { id: 'up-to-50' }, { id: 'over-50' }, { id: 'not-sure' }],
    when: { q: 'operator', is: 'mainland-company' },
  },
  {
    id: 'revenue',
    kind: 'multi',
    options: [
      { id: 'none', exclusive: true },
      { id: 'own-goods' },
      { id: 'paid-content' },
      { id: 'virtual-goods' },
      { id: 'listing-fees' },
      { id: 'subscriptions' },
      { id: 'advertising' },
      { id: 'commissions' },
      { id: 'infrastructure-fees' },
      { id: 'web-design' },
    ],
  },
  {
    id: 'activities',
    kind: 'multi',
    options: [
      { id: 'others-publish' },
      { id: 'app-store' },
      { id: 'search-engine' },
      { id: 'community' },
      { id: 'messaging' },
      { id: 'security' },
      { id: 'third-party-trade' },
      { id: 'device-platform' },
      { id: 'sms' },
      { id: 'infrastructure' },
      { id: 'none', exclusive: true },
    ],
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
      { id: 'dns' },
      { id: 'other' },
      { id: 'none', exclusive: true },
    ],
    when: { q: 'activities', includes: 'infrastructure' },
  },
  {
    id: 'sectors',
    kind: 'multi',
    options: [
      { id: 'current-affairs-news' },
      { id: 'publishing' },
      { id: 'games' },
      { id: 'audio-visual' },
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
  },
  {
    id: 'pilot-area',
    kind: 'single',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure' }],
    // Only when the pilot could change the outcome (mirrors PILOT_RELEVANT in rules.ts; a test checks they agree).
    when: {
      all: [
        { q: 'hosting', in: ['mainland', 'undecided', 'not-sure'] },
        {
          any: [
            {
              all: [
                { q: 'foreign-share', in: ['over-50', 'not-sure'] },
                {
                  any: [
                    {
                      q: 'revenue',
                      includesAny: ['paid-content', 'virtual-goods', 'listing-fees', 'subscriptions', 'advertising', 'web-design'],
                    },
                    {
                      all: [
                        { q: 'revenue', includes: 'commissions' },
                        {
                          q: 'activities',
                          includesAny: ['others-publish', 'app-store', 'search-engine', 'community', 'messaging', 'security'],
                        },
                      ],
                    },
                    { q: 'activities', includesAny: ['device-platform', 'sms'] },
                    { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'vpn', 'access', 'dns'] },
                  ],
                },
              ],
            },
            {
              all: [
                { q: 'foreign-share', in: ['up-to-50', 'not-sure'] },
                { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'access'] },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'regions',
    kind: 'single',
    options: [{ id: 'one-province-local' }, { id: 'one-province-nationwide' }, { id: 'several' }, { id: 'not-sure' }],
    // Only when some telecom licence may be needed (mirrors NEEDS_LICENCE in rules.ts; a test checks they agree).
    when: {
      all: [
        { q: 'hosting', in: ['mainland', 'undecided', 'not-sure'] },
        {
          any: [
            { q: 'revenue', includesAny: ['paid-content', 'virtual-goods', 'listing-fees', 'subscriptions', 'advertising', 'web-design'] },
            {
              all: [
                { q: 'revenue', includes: 'commissions' },
                { q: 'activities', includesAny: ['others-publish', 'app-store', 'search-engine', 'community', 'messaging', 'security'] },
              ],
            },
            { q: 'revenue', includes: 'commissions' },
            { q: 'activities', includesAny: ['third-party-trade', 'device-platform', 'sms'] },
            { q: 'infrastructure', includesAny: ['cloud', 'cdn', 'vpn', 'access', 'conferencing', 'email', 'call-centre', 'dns', 'other'] },
            { q: 'sectors', includes: 'ride-hailing' },
          ],
        },
      ],
    },
  },
] as const satisfies readonly Question[];
