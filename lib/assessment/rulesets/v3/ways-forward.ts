// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { AnswerValue, Answers } from '../../types';
import type { WayForwardTable, WayForwardVariant } from '../ways-forward-table';
import { COMMERCIAL_REVENUE } from './conditions';
import { QUESTIONS } from './questions';

const list = (value: AnswerValue | undefined): readonly string[] => (Array.isArray(value) ? value : []);
const PILOT_PLACES: Readonly<Record<string, Answers>> = {
  beijing: {},
  shanghai: { 'shanghai-area': 'pudong-lingang' },
  guangdong: { 'guangdong-city': 'shenzhen' },
  hainan: { 'hainan-area': 'island' },
};

/** Where a company of these answers would be in a pilot area: its own province's pilot place, else Beijing. */
function pilotPlace(a: Answers): Answers {
  const location = typeof a.location === 'string' && Object.hasOwn(PILOT_PLACES, a.location) ? a.location : 'beijing';
  return { location, ...PILOT_PLACES[location], 'pilot-facilities': 'yes' };
}

/** The exclusive "none of these" option of a multiple-choice question. */
function noneOf(question: string): string {
  return QUESTIONS.find((q) => q.id === question)!.options!.find((o) => 'exclusive' in o && o.exclusive)!.id;
}

/**
 * Each feature the service has, taken out on its own: an activity, an infrastructure service or a sector. Only where
 * something of the service is left (taking out its only activity would be another service, not a way forward).
 */
function features(a: Answers): WayForwardVariant[] {
  const out: WayForwardVariant[] = [];
  for (const question of ['activities', 'infrastructure', 'sectors']) {
    const chosen = list(a[question]).filter((o) => o !== noneOf(question));
    for (const option of chosen) {
      const kept = chosen.filter((o) => o !== option);
      if (question === 'activities' && kept.length === 0) continue;
      out.push({ changes: { [question]: kept.length > 0 ? kept : [noneOf(question)] }, feature: { question, option } });
    }
  }
  return out;
}

/** Income that is the service's own business (what users pay for it): not given up as "a way forward". */
const OWN_BUSINESS: readonly string[] = ['content-fees', 'service-fees', 'listing-fees', 'commissions', 'virtual-goods', 'web-design'];

/**
 * The ways forward of version 3, in the order the result offers them (issue 22): the pilot area or one feature taken
 * out (or used through a licence holder's own service), then a change of ownership, then of business model, and serving
 * from offshore last, marked high risk. Each is classified afresh and offered only where it lifts the block.
 */
export const WAYS_FORWARD: WayForwardTable = {
  completesWithNotSure: true,
  ways: [
    {
      id: 'pilot-zone-company',
      kind: 'place',
      guide: 'foreign-investment',
      change: (a) =>
        a.operator === 'no-entity' || ['up-to-50', 'over-50'].includes(a['foreign-share'] as string)
          ? { operator: 'mainland-company', 'foreign-share': a['foreign-share'] === 'up-to-50' ? 'up-to-50' : 'over-50', ...pilotPlace(a) }
          : null,
    },
    { id: 'drop-feature', kind: 'feature', guide: 'foreign-investment', variants: features },
    {
      id: 'share-at-cap',
      kind: 'ownership',
      guide: 'foreign-investment',
      change: (a) => (a['foreign-share'] === 'over-50' || a['foreign-share'] === 'not-sure' ? { 'foreign-share': 'up-to-50' } : null),
    },
    {
      id: 'domestic-partner',
      kind: 'ownership',
      guide: 'foreign-investment',
      change: (a) =>
        a.operator === 'no-entity' || ['over-50', 'up-to-50', 'not-sure'].includes(a['foreign-share'] as string)
          ? { operator: 'mainland-company', 'foreign-share': 'none' }
          : null,
    },
    {
      id: 'own-company',
      kind: 'ownership',
      guide: 'who-may-hold',
      change: (a) => {
        // A foreign company, or its representative office, sets up a wholly foreign-owned company.
        if (a.operator === 'rep-office' || a.operator === 'no-entity') return { operator: 'mainland-company', 'foreign-share': 'over-50' };
        return ['individual', 'individual-business', 'public-institution'].includes(a.operator as string)
          ? { operator: 'mainland-company', 'foreign-share': 'none' }
          : null;
      },
    },
    {
      id: 'free-service',
      kind: 'model',
      guide: 'filing-or-licence',
      // Giving up income is a way forward where the income is incidental (advertising, or any income of a private
      // person's site), never for a business whose users pay for the service itself.
      change: (a) => {
        const revenue = list(a.revenue);
        const paid: readonly string[] = [...COMMERCIAL_REVENUE, 'infrastructure-fees', 'own-goods'];
        if (!revenue.some((r) => paid.includes(r))) return null;
        if (a.operator !== 'individual' && revenue.some((r) => OWN_BUSINESS.includes(r))) return null;
        const kept = revenue.filter((r) => !paid.includes(r));
        return { revenue: kept.length > 0 ? kept : ['none'] };
      },
    },
    {
      id: 'serve-offshore',
      kind: 'offshore',
      risk: 'high',
      guide: 'foreign-investment',
      change: (a) => (a.hosting !== 'offshore' && a.hosting !== undefined ? { hosting: 'offshore' } : null),
    },
  ],
};
