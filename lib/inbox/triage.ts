import { decodeAnswers, rulesetFor } from '@/lib/assessment';
import { resultVerdict, type Verdict, type VerdictId } from '@/lib/assessment/verdict';
import type { AttachedResult, StoredEnquiry } from '@/lib/enquiries/types';

/** What the queue shows of an enquiry's attached result: its verdict and what decides it, or why there is none. */
export type Triage = { id: VerdictId; reasons: readonly string[] } | { id: 'none' } | { id: 'not-stored' };
export const TRIAGE_IDS = ['blocked', 'unsettled', 'clear', 'none', 'not-stored'] as const;
export type TriageId = (typeof TRIAGE_IDS)[number];
export const isTriageId = (value: unknown): value is TriageId => (TRIAGE_IDS as readonly unknown[]).includes(value);

/** The triage mark, from the classification stored with the enquiry (never recomputed under today's rules). */
export function triageOf(enquiry: Pick<StoredEnquiry, 'result'>): Triage {
  if (!enquiry.result) return { id: 'none' };
  if (!enquiry.result.classification) return { id: 'not-stored' };
  return attachedVerdict(enquiry.result)!;
}

/**
 * The verdict of a stored result, judged under the rules of its own version (as the visitor saw it): from version 3 it
 * reads the answers too (the readings of "not sure" answers and grey areas). Null without a stored classification.
 */
export function attachedVerdict(result: AttachedResult): Verdict | null {
  const { classification } = result;
  if (!classification) return null;
  const ruleset = rulesetFor(classification.version);
  return resultVerdict(ruleset ? decodeAnswers(result.answers, ruleset).answers : {}, classification);
}
