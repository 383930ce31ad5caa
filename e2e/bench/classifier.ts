// The classifier alone: median time of one classify() call over many random complete, valid answer sets.
import fc from 'fast-check';
import { classify, isComplete } from '../../lib/assessment';
import { completeAnswers } from '../../lib/assessment/testing/arbitraries';

export interface ClassifierResult {
  answerSets: number;
  callsPerSet: number;
  medianMicroseconds: number;
  p90Microseconds: number;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Times classify() on `count` random answer sets (fixed seed), each called `callsPerSet` times in a row. */
export function benchClassifier(count = 5000, callsPerSet = 20): ClassifierResult {
  const sets = fc.sample(completeAnswers, { numRuns: count, seed: 20261129 });
  for (const answers of sets) {
    if (!isComplete(answers)) throw new Error(`not a complete answer set: ${JSON.stringify(answers)}`);
  }
  // Warm-up, so the JIT has compiled classify before anything is timed.
  for (let round = 0; round < 3; round++) for (const answers of sets) classify(answers);
  const times: number[] = [];
  let sink = 0;
  for (const answers of sets) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerSet; i++) sink += classify(answers).obligations.length;
    times.push(Number(process.hrtime.bigint() - start) / 1000 / callsPerSet);
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  times.sort((a, b) => a - b);
  return { answerSets: count, callsPerSet, medianMicroseconds: quantile(times, 0.5), p90Microseconds: quantile(times, 0.9) };
}
