// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { NextStep, ObligationId } from '../../types';

/** Sector consents that must be obtained before the ICP licence or filing (Order 292 Art 5; icp-brief §4.1, §6 step 5). */
export const PRE_APPROVAL_OBLIGATIONS = [
  'news-permit',
  'publishing-permit',
  'game-approval',
  'audiovisual-permit',
  'culture-permit',
  'drug-info-permit',
  'education-approval',
  'religion-permit',
  'ride-hailing-permit',
] as const satisfies readonly ObligationId[];

/** The next steps, in the order the operator should take them; the last one always hands over to the consultancy. */
export const NEXT_STEPS = [
  { id: 'decide-hosting', when: { answers: { q: 'hosting', in: ['undecided', 'not-sure'] } } },
  { id: 'platform-only-duties', when: { anyFinding: ['platform-only'] } },
  { id: 'review-shareholding', when: { anyFinding: ['foreign-prohibited', 'foreign-cap-exceeded'] } },
  { id: 'reserved-permit', when: { anyFinding: ['private-capital-barred'] } },
  { id: 'apply-for-pilot-approval', when: { anyFinding: ['pilot-zone-route'] } },
  { id: 'cepa-certification', when: { anyFinding: ['cepa-route'] } },
  { id: 'set-up-mainland-company', when: { anyFinding: ['no-mainland-entity', 'not-a-company'] } },
  { id: 'personal-filing-limits', when: { anyFinding: ['personal-filing-scope'] } },
  { id: 'rep-office-sales', when: { anyFinding: ['rep-office-limits'] } },
  { id: 'sector-pre-approval', when: { anyObligation: PRE_APPROVAL_OBLIGATIONS } },
  { id: 'check-registered-capital', when: { anyFinding: ['capital-threshold'] } },
  {
    id: 'public-institution-domain',
    when: {
      answers: {
        all: [
          { q: 'operator', is: 'public-institution' },
          { q: 'forms', includesAny: ['website', 'h5-pages'] },
        ],
      },
    },
  },
  { id: 'file-icp', when: { anyObligation: ['icp-filing'] } },
  { id: 'file-app', when: { anyObligation: ['app-filing'] } },
  { id: 'apply-telecom-licences', when: { anyObligation: ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'] } },
  { id: 'security-assessment', when: { anyObligation: ['security-assessment'] } },
  { id: 'file-psb', when: { anyObligation: ['psb-filing'] } },
  { id: 'publish-through-licensed-publisher', when: { anyObligation: ['game-approval'] } },
  { id: 'genai-filing-and-labelling', when: { anyObligation: ['genai-filing'] } },
  { id: 'use-licensed-payment-provider', when: { anyObligation: ['payment-licence'] } },
  { id: 'offshore-practicalities', when: { anyFinding: ['offshore-hosting'] } },
  {
    id: 'display-numbers-and-annual-report',
    when: { anyObligation: ['icp-filing', 'app-filing', 'icp-licence', 'edi-licence', 'sp-licence', 'vats-other'] },
  },
  {
    id: 'confirm-grey-areas',
    when: {
      anyGrey: [
        'offshore-serving',
        'self-operated-shop',
        'advertising-income',
        'saas-classification',
        'web-production',
        'cross-regional-trigger',
        'group-calls',
        'pilot-area-extent',
        'av-scope',
      ],
    },
  },
  { id: 'book-consultation', when: { always: true } },
] as const satisfies readonly NextStep[];
