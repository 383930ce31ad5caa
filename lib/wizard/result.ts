import {
  RULESET_VERSION,
  classify,
  decodeAnswers,
  encodeAnswers,
  nextQuestion,
  type Answers,
  type Classification,
  type Question,
} from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { nextHref, questionHref, resultHref } from './urls';
import { answeredItems, invalidView, otherIssues, type AnsweredItem, type InvalidView, type SearchParams } from './step';

export type ResultView =
  | InvalidView
  | { kind: 'incomplete'; missing: Question; answers: Answers; answered: readonly AnsweredItem[]; continueHref: string }
  | { kind: 'outdated'; answers: Answers; answered: readonly AnsweredItem[]; recheckHref: string }
  | { kind: 'result'; answers: Answers; answered: readonly AnsweredItem[]; classification: Classification; href: string };

type Decoded = ReturnType<typeof decodeAnswers>;

/** Why a decoded result link cannot be shown as a result, in the order the page explains it; null when it can. */
function resultProblem({ answers, issues, version }: Decoded): 'outdated' | 'invalid' | 'incomplete' | null {
  // A link from another ruleset is explained first: its answers may not fit the current questions.
  if (version !== null && version !== RULESET_VERSION) return 'outdated';
  if (issues.length > 0) return 'invalid';
  return nextQuestion(answers) ? 'incomplete' : null;
}

/** What a result URL shows: the classification, or why it cannot be shown and the way forward. */
export function resolveResult(locale: Locale, params: SearchParams): ResultView {
  const decoded = decodeAnswers(params);
  const { answers, issues } = decoded;
  const answered = answeredItems(locale, answers);
  switch (resultProblem(decoded)) {
    case 'outdated':
      return { kind: 'outdated', answers, answered, recheckHref: nextHref(locale, answers) };
    case 'invalid':
      return invalidView(locale, issues, answers);
    case 'incomplete': {
      const missing = nextQuestion(answers)!;
      return { kind: 'incomplete', missing, answers, answered, continueHref: questionHref(locale, missing.id, answers) };
    }
    default:
      return { kind: 'result', answers, answered, classification: classify(answers), href: resultHref(locale, answers) };
  }
}

/**
 * True when a result or question URL cannot be served as asked (the proxy answers it with status 400).
 * It asks the same questions as the pages, so the status and what the page shows cannot drift apart.
 */
export function isBadAssessmentQuery(kind: 'result' | 'question', questionId: string | null, params: SearchParams): boolean {
  const decoded = decodeAnswers(params);
  if (kind === 'question') return otherIssues(decoded.issues, questionId).length > 0;
  const problem = resultProblem(decoded);
  return problem === 'invalid' || problem === 'incomplete';
}

/**
 * The canonical query of a result URL whose page can be cached (a result, or the page saying the rules have
 * changed); null when the URL gets status 400. Every URL with the same key shows the same page, so the server
 * renders each key once (see app/[locale]/assessment/result/[answers]).
 */
export function resultCacheKey(params: SearchParams | URLSearchParams): string | null {
  const decoded = decodeAnswers(params);
  const problem = resultProblem(decoded);
  if (problem === 'invalid' || problem === 'incomplete') return null;
  return encodeAnswers(decoded.answers, decoded.version ?? RULESET_VERSION);
}

/** The query a cache key stands for; the key arrives as a path segment, percent-encoded or not. */
export function cacheKeyQuery(segment: string): Record<string, string> {
  let key = segment;
  try {
    key = decodeURIComponent(segment);
  } catch {
    // already decoded: keys hold no '%' of their own
  }
  return Object.fromEntries(new URLSearchParams(key));
}
