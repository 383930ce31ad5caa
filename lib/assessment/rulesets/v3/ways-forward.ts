// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { AnswerValue, Answers } from '../../types';
import type { WayForwardTable } from '../ways-forward-table';
import { COMMERCIAL_REVENUE } from './conditions';
import { FOREIGN_PROHIBITED_SECTORS } from './rules';

/** Sectors closed to foreign investment (the prohibited ones, and for-profit online performances). */
const CLOSED_SECTORS: readonly string[] = [...FOREIGN_PROHIBITED_SECTORS, 'performances'];
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

/** The ways forward of version 3, in the order the result offers them. */
export const WAYS_FORWARD: WayForwardTable = {
  completesWithNotSure: true,
  ways: [
    {
      id: 'pilot-zone-company',
      guide: 'foreign-investment',
      change: (a) =>
        a.operator === 'no-entity' || ['up-to-50', 'over-50'].includes(a['foreign-share'] as string)
          ? { operator: 'mainland-company', 'foreign-share': a['foreign-share'] === 'up-to-50' ? 'up-to-50' : 'over-50', ...pilotPlace(a) }
          : null,
    },
    {
      id: 'drop-closed-feature',
      guide: 'foreign-investment',
      change: (a) => {
        const sectors = list(a.sectors);
        if (!sectors.some((s) => CLOSED_SECTORS.includes(s))) return null;
        const kept = sectors.filter((s) => !CLOSED_SECTORS.includes(s));
        return { sectors: kept.length > 0 ? kept : ['none'] };
      },
    },
    {
      id: 'share-at-cap',
      guide: 'foreign-investment',
      change: (a) => (a['foreign-share'] === 'over-50' || a['foreign-share'] === 'not-sure' ? { 'foreign-share': 'up-to-50' } : null),
    },
    {
      id: 'domestic-partner',
      guide: 'foreign-investment',
      change: (a) =>
        a.operator === 'no-entity' || ['over-50', 'up-to-50', 'not-sure'].includes(a['foreign-share'] as string)
          ? { operator: 'mainland-company', 'foreign-share': 'none' }
          : null,
    },
    {
      id: 'own-company',
      guide: 'applying-for-a-licence',
      change: (a) => {
        if (a.operator === 'rep-office') return { operator: 'mainland-company', 'foreign-share': 'over-50' };
        return ['individual', 'individual-business', 'public-institution'].includes(a.operator as string)
          ? { operator: 'mainland-company', 'foreign-share': 'none' }
          : null;
      },
    },
    {
      id: 'free-service',
      guide: 'foreign-investment',
      change: (a) => {
        const revenue = list(a.revenue);
        const paid: readonly string[] = [...COMMERCIAL_REVENUE, 'infrastructure-fees', 'own-goods'];
        if (!revenue.some((r) => paid.includes(r))) return null;
        const kept = revenue.filter((r) => !paid.includes(r));
        return { revenue: kept.length > 0 ? kept : ['none'] };
      },
    },
    {
      id: 'serve-offshore',
      guide: 'foreign-investment',
      change: (a) => (a.hosting !== 'offshore' && a.hosting !== undefined ? { hosting: 'offshore' } : null),
    },
  ],
};
