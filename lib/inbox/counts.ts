import type { VerdictId } from '@/lib/assessment/verdict';
import type { Classification } from '@/lib/assessment/types';
import type { CountRow } from './counts-store';

/**
 * Counts of assessments without tracking: increments in memory, per UTC day, metric and outcome id, flushed
 * to the store now and then (lib/inbox/counts-flush.ts). No answers, addresses or cookies are read or kept.
 * Kept on globalThis, so the proxy and the server's other bundles in one process share one tally.
 */
export type AssessmentEvent =
  | { kind: 'started' }
  | { kind: 'finished'; classification: Pick<Classification, 'obligations' | 'findings' | 'greyAreas'>; verdict: VerdictId };

/** The most distinct (day, metric, key) entries held between flushes; beyond it new keys are dropped, not grown. */
export const MAX_PENDING_KEYS = 2000;

/** The most distinct result codes held between flushes; beyond it a result is counted as finished, without its outcome. */
export const MAX_PENDING_RESULTS = 2000;

const KEY = Symbol.for('icp-compass.assessment-counts');
const RESULTS = Symbol.for('icp-compass.assessment-results');
type Holder = { [KEY]?: Map<string, number>; [RESULTS]?: Map<string, number> };

function pending(which: typeof KEY | typeof RESULTS = KEY): Map<string, number> {
  const holder = globalThis as Holder;
  return (holder[which] ??= new Map());
}

/** A finished assessment's outcome, as the dashboard counts it. */
export type FinishedOutcome = Extract<AssessmentEvent, { kind: 'finished' }>;

/**
 * Counts a result shown, by its code alone (the proxy's part: nothing is worked out on the request's path); its
 * verdict and main obligation are worked out when the counts are taken (takePendingCounts), at most once per code.
 */
export function recordResultShown(code: string, now: Date = new Date()): void {
  const results = pending(RESULTS);
  const id = `${now.toISOString().slice(0, 10)}\t${results.has(code) || results.size < MAX_PENDING_RESULTS ? code : ''}`;
  results.set(id, (results.get(id) ?? 0) + 1);
}

function add(day: string, metric: string, key: string, by = 1) {
  const map = pending();
  const id = `${day}\t${metric}\t${key}`;
  const current = map.get(id);
  if (current === undefined && map.size >= MAX_PENDING_KEYS) return;
  map.set(id, (current ?? 0) + by);
}

/**
 * Counts one assessment event: a start, or a finished result with its verdict and main obligation (the first
 * the result lists, or "none"). Cheap and synchronous: called by the proxy for every such page request.
 */
export function recordAssessmentEvent(event: AssessmentEvent | null, now: Date = new Date(), by = 1): void {
  if (!event) return;
  const day = now.toISOString().slice(0, 10);
  if (event.kind === 'started') return add(day, 'started', '', by);
  add(day, 'finished', '', by);
  add(day, 'verdict', event.verdict, by);
  add(day, 'obligation', event.classification.obligations[0]?.id ?? 'none', by);
}

/**
 * Takes what is pending (emptying it), for the flush; `restore` puts rows back when the store could not take them.
 * The results shown are counted here with their outcome (`outcomeOf` their code; finished alone when it gives none).
 */
export function takePendingCounts(outcomeOf: (code: string) => FinishedOutcome | null = () => null): CountRow[] {
  const results = pending(RESULTS);
  for (const [id, count] of results) {
    const [day, code] = id.split('\t') as [string, string];
    const outcome = code === '' ? null : outcomeOf(code);
    if (outcome) recordAssessmentEvent(outcome, new Date(`${day}T12:00:00Z`), count);
    else add(day, 'finished', '', count);
  }
  results.clear();
  const map = pending();
  const rows = [...map].map(([id, count]) => {
    const [day, metric, key] = id.split('\t') as [string, string, string];
    return { day, metric, key, count };
  });
  map.clear();
  return rows;
}

export function restorePendingCounts(rows: readonly CountRow[]): void {
  for (const r of rows) add(r.day, r.metric, r.key, r.count);
}
