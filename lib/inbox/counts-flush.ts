import type { SqlRunner } from '@/lib/enquiries/store/store';
import { resultOutcome } from './assessment-event';
import { restorePendingCounts, takePendingCounts } from './counts';
import { addCounts } from './counts-store';

/** Writes the pending counts to the store; on failure they stay pending for the next flush. */
export async function flushAssessmentCounts(sql: SqlRunner): Promise<number> {
  // The results shown are classified here, a minute after, off every request's path.
  const rows = takePendingCounts(resultOutcome);
  try {
    await addCounts(sql, rows);
    return rows.length;
  } catch (error) {
    restorePendingCounts(rows);
    console.error('[inbox] could not store the assessment counts:', error instanceof Error ? error.message : error);
    return 0;
  }
}

const TIMER = Symbol.for('icp-compass.assessment-counts-timer');
type Holder = { [TIMER]?: ReturnType<typeof setInterval> };

/** Flushes every `everyMs` and once more when the process is told to stop (started by instrumentation.ts). */
export function startCountFlush(sql: SqlRunner, everyMs: number): void {
  const holder = globalThis as Holder;
  if (holder[TIMER]) return;
  holder[TIMER] = setInterval(() => void flushAssessmentCounts(sql), everyMs);
  holder[TIMER].unref();
  // Next's own handlers close the server and exit; SQLite's write is synchronous, so it lands before that.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void flushAssessmentCounts(sql));
}
