import { classify } from './classify';
import { applicableAnswers, nextQuestion } from './flow';
import { QUESTIONS } from './questions';
import { FOREIGN_PROHIBITED_SECTORS } from './rules';
import type { AnswerValue, Answers, Classification, ObligationId } from './types';
import { verdictOf, type VerdictId } from './verdict';

/** Ways forward, in the order the page compares them. Ids are permanent: copy is `result.ways.<id>.*`. */
export const WAY_FORWARD_IDS = [
  'share-at-cap',
  'pilot-zone-company',
  'domestic-partner',
  'own-company',
  'drop-closed-feature',
  'free-service',
  'serve-offshore',
] as const;
export type WayForwardId = (typeof WAY_FORWARD_IDS)[number];

/** The guide each way forward links to; the section anchor is the message `result.ways.<id>.anchor` (headings differ by language). */
export const WAY_FORWARD_GUIDES: Readonly<Record<WayForwardId, string>> = {
  'share-at-cap': 'foreign-investment',
  'pilot-zone-company': 'foreign-investment',
  'domestic-partner': 'foreign-investment',
  'own-company': 'applying-for-a-licence',
  'drop-closed-feature': 'foreign-investment',
  'free-service': 'foreign-investment',
  'serve-offshore': 'foreign-investment',
};

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

/** The answers each way forward changes, or null where it does not apply to these answers. */
const CHANGES: Readonly<Record<WayForwardId, (a: Answers) => Answers | null>> = {
  'share-at-cap': (a) => (a['foreign-share'] === 'over-50' || a['foreign-share'] === 'not-sure' ? { 'foreign-share': 'up-to-50' } : null),
  'pilot-zone-company': (a) =>
    a.operator === 'no-entity' || (a['foreign-share'] === 'over-50' && a['pilot-area'] !== 'yes')
      ? { operator: 'mainland-company', 'foreign-share': 'over-50', 'pilot-area': 'yes' }
      : null,
  'domestic-partner': (a) =>
    a.operator === 'no-entity' || ['over-50', 'up-to-50', 'not-sure'].includes(a['foreign-share'] as string)
      ? { operator: 'mainland-company', 'foreign-share': 'none' }
      : null,
  'own-company': (a) => (a.operator === 'individual' ? { operator: 'mainland-company', 'foreign-share': 'none' } : null),
  'drop-closed-feature': (a) => {
    const sectors = list(a.sectors);
    if (!sectors.some((s) => CLOSED_SECTORS.includes(s))) return null;
    const kept = sectors.filter((s) => !CLOSED_SECTORS.includes(s));
    return { sectors: kept.length > 0 ? kept : ['none'] };
  },
  'free-service': (a) => {
    const revenue = list(a.revenue);
    if (!revenue.some((r) => COMMERCIAL_REVENUE.includes(r))) return null;
    const kept = revenue.filter((r) => !COMMERCIAL_REVENUE.includes(r));
    return { revenue: kept.length > 0 ? kept : ['none'] };
  },
  'serve-offshore': (a) => (a.hosting !== 'offshore' ? { hosting: 'offshore' } : null),
};

export interface WayForward {
  readonly id: WayForwardId;
  /** The complete answer set this way forward describes (answers its questions would no longer ask are dropped). */
  readonly answers: Answers;
  /** Ids of the questions whose answers it changes, in question order. */
  readonly changes: readonly string[];
  readonly verdict: VerdictId;
  /** What it would need: the obligations of the changed answers. */
  readonly obligations: readonly ObligationId[];
  readonly classification: Classification;
}

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The ways forward from a blocked result: each is these answers with some changed, classified afresh, and is kept
 * only if that changes the verdict. Not blocked → none (there is nothing to get past).
 */
export function waysForward(answers: Answers, classification: Classification = classify(answers)): WayForward[] {
  if (verdictOf(classification).id !== 'blocked') return [];
  const ways: WayForward[] = [];
  for (const id of WAY_FORWARD_IDS) {
    const change = CHANGES[id](answers);
    if (!change) continue;
    const changed = applicableAnswers({ ...answers, ...change });
    // A change that would ask a question these answers do not hold cannot be classified without guessing.
    if (nextQuestion(changed) !== null) continue;
    const c = classify(changed);
    const verdict = verdictOf(c).id;
    if (verdict === 'blocked') continue;
    ways.push({
      id,
      answers: changed,
      changes: QUESTIONS.map((q) => q.id as string).filter((q) => !same(answers[q], changed[q])),
      verdict,
      obligations: c.obligations.map((o) => o.id),
      classification: c,
    });
  }
  return ways;
}
