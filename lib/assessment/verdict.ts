import type { FindingId, GreyAreaId } from './types';

/** The result's first line (shared/domain/outcomes.md, "Verdicts"). Ids are permanent. */
export const VERDICT_IDS = ['clear', 'unsettled', 'blocked'] as const;
export type VerdictId = (typeof VERDICT_IDS)[number];

/** Findings meaning something the service needs cannot be held by this operator as described. */
export const BLOCKING_FINDINGS: readonly FindingId[] = ['foreign-cap-exceeded', 'foreign-prohibited', 'no-mainland-entity'];

export type Verdict = {
  readonly id: VerdictId;
  /** Ids of what decides it: the blocking findings (blocked), the grey areas (unsettled), none (clear). */
  readonly reasons: readonly string[];
};

/** The verdict of a classification: blocked by a blocking finding, else unsettled by any grey area, else clear. */
export function verdictOf(classification: {
  readonly findings: readonly { readonly id: FindingId }[];
  readonly greyAreas: readonly { readonly id: GreyAreaId }[];
}): Verdict {
  const blocking = classification.findings.filter((f) => BLOCKING_FINDINGS.includes(f.id)).map((f) => f.id);
  if (blocking.length > 0) return { id: 'blocked', reasons: blocking };
  if (classification.greyAreas.length > 0) return { id: 'unsettled', reasons: classification.greyAreas.map((g) => g.id) };
  return { id: 'clear', reasons: [] };
}
