// The classifier alone: median time of one classify() call over many random complete, valid answer sets.
import fc from 'fast-check';
import { answersSchema, classify, isComplete, nextQuestion, type AnswerValue, type Answers } from '../../lib/assessment';

export interface ClassifierResult {
  answerSets: number;
  callsPerSet: number;
  medianMicroseconds: number;
  p90Microseconds: number;
}

/** A random complete, valid answer set: walks the flow, answering each asked question at random (as codec.test.ts). */
const completeAnswers: fc.Arbitrary<Answers> = fc.array(fc.nat(), { minLength: 40, maxLength: 40 }).map((seeds) => {
  let answers: Record<string, AnswerValue> = {};
  let i = 0;
  const next = () => seeds[i++ % seeds.length]!;
  for (let q = nextQuestion(answers); q; q = nextQuestion(answers)) {
    const options = (q.options ?? []).map((o) => o.id);
    let value: AnswerValue;
    if (q.kind === 'yesno') value = next() % 2 === 0;
    else if (q.kind === 'number') value = (q.min ?? 0) + (next() % ((q.max ?? 100) - (q.min ?? 0) + 1));
    else if (q.kind === 'single') value = options[next() % options.length]!;
    else {
      const exclusive = (q.options ?? []).find((o) => o.exclusive)?.id;
      const plain = options.filter((o) => o !== exclusive);
      if (exclusive && next() % 4 === 0) value = [exclusive];
      else {
        const picked = plain.filter(() => next() % 3 === 0);
        value = picked.length > 0 ? picked : [plain[next() % plain.length]!];
      }
    }
    answers = { ...answers, [q.id]: value };
  }
  return answers;
});

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Times classify() on `count` random answer sets (fixed seed), each called `callsPerSet` times in a row. */
export function benchClassifier(count = 5000, callsPerSet = 20): ClassifierResult {
  const sets = fc.sample(completeAnswers, { numRuns: count, seed: 20261129 });
  for (const answers of sets) {
    if (!isComplete(answers) || !answersSchema.safeParse(answers).success) throw new Error(`not a complete valid answer set: ${JSON.stringify(answers)}`);
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
