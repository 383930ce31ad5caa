// FROZEN: ruleset version 2, released 2026-12-01. Never edit this file: every link issued under version 2
// is classified with it. Change the ways forward of the current version.
import type { AnswerValue } from '../../types';
import type { WayForwardTable } from '../ways-forward-table';
import { FOREIGN_PROHIBITED_SECTORS } from './rules';

/** Sectors closed to foreign investment (the prohibited ones, and for-profit online performances). */
const CLOSED_SECTORS: readonly string[] = [...FOREIGN_PROHIBITED_SECTORS, 'performances'];
/** Revenue that makes a service commercial (it needs a licence); selling one's own goods does not, on the majority view. */
const COMMERCIAL_REVENUE = [
  'paid-content',
  'virtual-goods',
  'listing-fees',
  'subscriptions',
  'advertising',
  'commissions',
  'infrastructure-fees',
  'web-design',
];

const list = (value: AnswerValue | undefined): readonly string[] => (Array.isArray(value) ? value : []);

/** The ways forward of version 2, as issued: a change that would ask a new question is not offered. */
export const WAYS_FORWARD: WayForwardTable = {
  completesWithNotSure: false,
  ways: [
    {
      id: 'share-at-cap',
      kind: 'ownership',
      guide: 'foreign-investment',
      change: (a) => (a['foreign-share'] === 'over-50' || a['foreign-share'] === 'not-sure' ? { 'foreign-share': 'up-to-50' } : null),
    },
    {
      id: 'pilot-zone-company',
      kind: 'place',
      guide: 'foreign-investment',
      change: (a) =>
        a.operator === 'no-entity' || (a['foreign-share'] === 'over-50' && a['pilot-area'] !== 'yes')
          ? { operator: 'mainland-company', 'foreign-share': 'over-50', 'pilot-area': 'yes' }
          : null,
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
      guide: 'applying-for-a-licence',
      change: (a) => (a.operator === 'individual' ? { operator: 'mainland-company', 'foreign-share': 'none' } : null),
    },
    {
      id: 'drop-closed-feature',
      kind: 'feature',
      guide: 'foreign-investment',
      change: (a) => {
        const sectors = list(a.sectors);
        if (!sectors.some((s) => CLOSED_SECTORS.includes(s))) return null;
        const kept = sectors.filter((s) => !CLOSED_SECTORS.includes(s));
        return { sectors: kept.length > 0 ? kept : ['none'] };
      },
    },
    {
      id: 'free-service',
      kind: 'model',
      guide: 'foreign-investment',
      change: (a) => {
        const revenue = list(a.revenue);
        if (!revenue.some((r) => COMMERCIAL_REVENUE.includes(r))) return null;
        const kept = revenue.filter((r) => !COMMERCIAL_REVENUE.includes(r));
        return { revenue: kept.length > 0 ? kept : ['none'] };
      },
    },
    {
      id: 'serve-offshore',
      kind: 'offshore',
      guide: 'foreign-investment',
      change: (a) => (a.hosting !== 'offshore' ? { hosting: 'offshore' } : null),
    },
  ],
};
