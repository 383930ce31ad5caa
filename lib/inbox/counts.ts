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

const KEY = Symbol.for('icp-compass.assessment-counts');
type Holder = { [KEY]?: Map<string, number> };

function pending(): Map<string, number> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
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
export function recordAssessmentEvent(event: AssessmentEvent | null, now: Date = new Date()): void {
  if (!event) return;
  const day = now.toISOString().slice(0, 10);
  if (event.kind === 'started') return add(day, 'started', '');
  add(day, 'finished', '');
  add(day, 'verdict', event.verdict);
  add(day, 'obligation', event.classification.obligations[0]?.id ?? 'none');
}

/** Takes what is pending (emptying it), for the flush; `restore` puts rows back when the store could not take them. */
export function takePendingCounts(): CountRow[] {
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
