import { RULESET_VERSION, classify, decodeAnswers, nextQuestion, QUESTIONS } from '@/lib/assessment';
import { boundedMemo } from '@/lib/bounded-memo';
import type { AssessmentEvent } from './counts';

const QUESTION_IDS = new Set<string>(QUESTIONS.map((q) => q.id));
const FIRST = QUESTIONS[0].id;

// A result's classification per query string: popular results are asked for over and over.
const finished = boundedMemo(500, (search): AssessmentEvent | null => {
  const decoded = decodeAnswers(new URLSearchParams(search));
  if (decoded.version !== RULESET_VERSION || decoded.issues.length > 0 || nextQuestion(decoded.answers)) return null;
  return { kind: 'finished', classification: classify(decoded.answers) };
});

/**
 * What a request to an assessment page counts as, for the proxy's call to `recordAssessmentEvent`: the first
 * question without answers is a start; a result page that shows a result is a finish. Prefetches, HEAD,
 * POST, question pages further on and pages that cannot show a result count as nothing (null).
 * `questionId` is the question page's id, or null for the result page.
 */
export function assessmentEventOf(
  method: string,
  questionId: string | null | undefined,
  search: URLSearchParams,
  headers: Headers,
): AssessmentEvent | null {
  if (method !== 'GET' || headers.has('next-router-prefetch') || headers.get('purpose') === 'prefetch') return null;
  if (questionId) {
    return questionId === FIRST && ![...search.keys()].some((key) => QUESTION_IDS.has(key)) ? { kind: 'started' } : null;
  }
  const query = new URLSearchParams(search);
  query.delete('_rsc');
  query.sort();
  return finished(query.toString());
}
