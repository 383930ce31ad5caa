import { classify, QUESTIONS, type Answers } from '@/lib/assessment';
import { judge } from '@/lib/assessment/verdict';
import type { AssessmentEvent } from './counts';

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

// A result's finish per code (its classification), since popular results are asked for over and over.
const finished = new Map<string, AssessmentEvent>();

/** A finish: a result page showing the result of these complete, valid answers, which `code` holds. */
export function finishEvent(code: string, answers: Answers): AssessmentEvent {
  let event = finished.get(code);
  if (!event) {
    event = { kind: 'finished', classification: classify(answers), verdict: judge(answers).id };
    finished.set(code, event);
    if (finished.size > MAX_REMEMBERED) finished.delete(finished.keys().next().value as string);
  }
  return event;
}
