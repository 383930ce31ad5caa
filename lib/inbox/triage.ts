import { verdictOf, type VerdictId } from '@/lib/assessment/verdict';
import type { StoredEnquiry } from '@/lib/enquiries/types';

/** What the queue shows of an enquiry's attached result: its verdict and what decides it, or why there is none. */
export type Triage = { id: VerdictId; reasons: readonly string[] } | { id: 'none' } | { id: 'not-stored' };
export const TRIAGE_IDS = ['blocked', 'unsettled', 'clear', 'none', 'not-stored'] as const;
export type TriageId = (typeof TRIAGE_IDS)[number];
export const isTriageId = (value: unknown): value is TriageId => (TRIAGE_IDS as readonly unknown[]).includes(value);

/** The triage mark, from the classification stored with the enquiry (never recomputed under today's rules). */
export function triageOf(enquiry: Pick<StoredEnquiry, 'result'>): Triage {
  if (!enquiry.result) return { id: 'none' };
  if (!enquiry.result.classification) return { id: 'not-stored' };
  return verdictOf(enquiry.result.classification);
}
