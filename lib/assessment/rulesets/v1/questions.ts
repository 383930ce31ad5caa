// FROZEN: ruleset version 1, released 2026-11-29. Never edit this file: every link issued under version 1
// is classified with it, and rulesets/v1/fixtures/ checks that its results never change. Change rules in the current version.
import type { Question } from '../../types';

/**
 * The questionnaire, in the order it is asked. Ids (of questions and options) are permanent:
 * they are the keys and values of every answer URL. Copy lives in the locale messages
 * (`assessment.questions.<id>`). A `when` may only read questions that come before it.
 */
export const QUESTIONS = [
  {
    id: 'hosting',
    kind: 'single',
    options: [{ id: 'mainland' }, { id: 'offshore' }, { id: 'undecided' }],
  },
  {
    id: 'forms',
    kind: 'multi',
    options: [{ id: 'website' }, { id: 'app' }, { id: 'mini-program' }],
  },
  {
    id: 'operator',
    kind: 'single',
    options: [{ id: 'mainland-company' }, { id: 'individual' }, { id: 'no-entity' }],
  },
  {
    id: 'foreign-share',
    kind: 'single',
    options: [{ id: 'none' }, { id: 'up-to-50' }, { id: 'over-50' }],
    when: { q: 'operator', is: 'mainland-company' },
  },
  {
    id: 'pilot-zone',
    kind: 'yesno',
    when: { q: 'foreign-share', is: 'over-50' },
  },
  {
    id: 'revenue',
    kind: 'multi',
    options: [
      { id: 'none', exclusive: true },
      { id: 'own-goods' },
      { id: 'paid-content' },
      { id: 'listing-fees' },
      { id: 'subscriptions' },
      { id: 'advertising' },
      { id: 'commissions' },
    ],
  },
  {
    id: 'activities',
    kind: 'multi',
    options: [
      { id: 'publish-others' },
      { id: 'app-store' },
      { id: 'search' },
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
    ],
    when: { q: 'activities', includes: 'infrastructure' },
  },
  {
    id: 'sectors',
    kind: 'multi',
    options: [
      { id: 'news' },
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
      { id: 'payments' },
      { id: 'genai' },
      { id: 'none', exclusive: true },
    ],
  },
  {
    id: 'regions',
    kind: 'single',
    options: [{ id: 'one-province' }, { id: 'several' }],
    // Only when some telecom licence may be needed (mirrors NEEDS_LICENCE in rules.ts; a test checks they agree).
    when: {
      all: [
        { q: 'hosting', in: ['mainland', 'undecided'] },
        {
          any: [
            { q: 'revenue', includesAny: ['paid-content', 'listing-fees', 'subscriptions', 'advertising', 'commissions'] },
            { q: 'activities', includesAny: ['third-party-trade', 'device-platform', 'sms', 'infrastructure'] },
            { q: 'sectors', includes: 'ride-hailing' },
          ],
        },
      ],
    },
  },
] as const satisfies readonly Question[];
