import { classify, QUESTIONS, rulesetFor, type Answers, type Ruleset } from '@/lib/assessment';
import { readResultCode } from '@/lib/addresses/result-link';
import { judge } from '@/lib/assessment/verdict';
import type { AssessmentEvent, FinishedOutcome } from './counts';

const QUESTION_IDS = new Set<string>(QUESTIONS.map((q) => q.id));
const FIRST = QUESTIONS[0].id;
const MAX_REMEMBERED = 500;

/** Whether a request is a visitor's own view of a page: only GETs that are not prefetches are counted. */
export function isCountedView(method: string, headers: Headers): boolean {
  return method === 'GET' && !headers.has('next-router-prefetch') && headers.get('purpose') !== 'prefetch';
}

/** A start: the first question, asked with no answers yet; null for any other question page. */
export function startEvent(questionId: string, answers: Answers): AssessmentEvent | null {
  return questionId === FIRST && !Object.keys(answers).some((key) => QUESTION_IDS.has(key)) ? { kind: 'started' } : null;
}

// A result's outcome per code (its classification), since popular results are shown over and over.
const outcomes = new Map<string, FinishedOutcome | null>();

/**
 * What a result code shown counts as: its verdict and main obligation, under the rules it was issued under; null
 * for a code that does not read. Called when the counts are stored (lib/inbox/counts-flush.ts), never on a request.
 */
export function resultOutcome(code: string): FinishedOutcome | null {
  let outcome = outcomes.get(code);
  if (outcome === undefined) {
    const read = readResultCode(code);
    const ruleset = read.kind === 'result' ? rulesetFor(read.version) : undefined;
    outcome = read.kind === 'result' && ruleset ? finished(read.answers, ruleset) : null;
    outcomes.set(code, outcome);
    if (outcomes.size > MAX_REMEMBERED) outcomes.delete(outcomes.keys().next().value as string);
  }
  return outcome;
}

function finished(answers: Answers, ruleset: Ruleset): FinishedOutcome {
  const { obligations, findings, greyAreas } = classify(answers, ruleset);
  return { kind: 'finished', classification: { obligations, findings, greyAreas }, verdict: judge(answers, ruleset).id };
}
