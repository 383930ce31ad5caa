import type { WayForwardId } from './rulesets/ways-forward-table';
import type { Citation } from './types';

/**
 * The steps of a structure a way forward sets up, which come before the applications in that way's plan (issue 22).
 * Ids are permanent: copy is `decision.plan.structure.<id>`. Each cites what it rests on.
 */
export interface StructureStep {
  readonly id: string;
  readonly citations: readonly Citation[];
}

/** Where the pilot areas are (icp-brief §12.1 [H]); that the company registers there with its facilities there (§12.1 [M]). */
const PILOT_AREAS: readonly Citation[] = [{ source: 'pilot-2024' }, { source: 'pilot-areas' }];
const PILOT_CONDITIONS: readonly Citation[] = [{ source: 'pilot-2024' }, { source: 'pilot-commentary' }];
const NO_LENDING: readonly Citation[] = [{ source: 'mii-2006-683' }];

export const STRUCTURE_STEPS: Readonly<Record<WayForwardId, readonly StructureStep[]>> = {
  // §3.3, §12.1: registered in a pilot area with the service facilities there; MIIT's pilot approval.
  // The pilot approval itself is applied for with the licence: the plan's own step (apply-for-pilot-approval).
  'pilot-zone-company': [
    { id: 'pilot-register', citations: PILOT_AREAS },
    { id: 'pilot-facilities', citations: PILOT_CONDITIONS },
  ],
  // §3.2, §3.4: a joint venture; the shareholding is part of the licence file (Order 42 Art 8).
  'share-at-cap': [
    { id: 'jv-find-shareholder', citations: [{ source: 'fite-provisions', article: 'Art. 6' }] },
    { id: 'jv-register-shareholding', citations: [{ source: 'order-42', article: 'Art. 8' }] },
    { id: 'jv-foreign-investment-report', citations: [{ source: 'foreign-investment-law', article: 'Art. 34' }] },
  ],
  // §3.2: the licensee runs the service in its own name, with its own domain and trademark.
  'domestic-partner': [
    { id: 'partner-choose', citations: [{ source: 'negative-list-2024' }] },
    { id: 'partner-own-name', citations: NO_LENDING },
  ],
  // §3.1, §12.6: only a company lawfully established in the mainland holds a licence.
  'own-company': [
    {
      id: 'company-set-up',
      citations: [
        { source: 'telecom-regulations', article: 'Art. 13' },
        { source: 'order-42', article: 'Art. 6' },
      ],
    },
  ],
  // §3.2: a feature taken out, or used through a licence holder's own service (never a licence lent or rented).
  'pilot-drop-feature': [
    { id: 'pilot-register', citations: PILOT_AREAS },
    { id: 'pilot-facilities', citations: PILOT_CONDITIONS },
    { id: 'feature-out', citations: NO_LENDING },
  ],
  'drop-feature': [{ id: 'feature-out', citations: NO_LENDING }],
  'drop-closed-feature': [{ id: 'feature-out', citations: NO_LENDING }],
  'free-service': [{ id: 'stop-charging', citations: [{ source: 'order-292', article: 'Art. 3, Art. 4' }] }],
  // §7, §10.9: offshore serving is a grey zone; personal information leaving the mainland is not assessed here.
  'serve-offshore': [
    { id: 'offshore-counsel', citations: [{ source: 'order-292', article: 'Art. 2' }, { source: 'tencent-commercial' }] },
    { id: 'offshore-personal-information', citations: [] },
  ],
};
