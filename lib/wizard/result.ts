import {
  RULESET_VERSION,
  classify,
  decodeAnswers,
  nextQuestion,
  type Answers,
  type Classification,
  type Question,
} from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { nextHref, questionHref, resultHref } from './urls';
import { answeredItems, invalidView, type AnsweredItem, type InvalidView, type SearchParams } from './step';

export type ResultView =
  | InvalidView
  | { kind: 'incomplete'; missing: Question; answers: Answers; answered: readonly AnsweredItem[]; continueHref: string }
  | { kind: 'outdated'; answers: Answers; answered: readonly AnsweredItem[]; recheckHref: string }
  | { kind: 'result'; answers: Answers; answered: readonly AnsweredItem[]; classification: Classification; href: string };

/** What a result URL shows: the classification, or why it cannot be shown and the way forward. */
export function resolveResult(locale: Locale, params: SearchParams): ResultView {
  const { answers, issues, version } = decodeAnswers(params);
  const answered = answeredItems(locale, answers);
  // A link from another ruleset is explained first: its answers may not fit the current questions.
  if (version !== null && version !== RULESET_VERSION) {
    return { kind: 'outdated', answers, answered, recheckHref: nextHref(locale, answers) };
  }
  if (issues.length > 0) return invalidView(locale, issues, answers);
  const missing = nextQuestion(answers);
  if (missing) return { kind: 'incomplete', missing, answers, answered, continueHref: questionHref(locale, missing.id, answers) };
  return { kind: 'result', answers, answered, classification: classify(answers), href: resultHref(locale, answers) };
}

/** True when a result or question URL cannot be served as asked (the proxy answers it with status 400). */
export function isBadAssessmentQuery(kind: 'result' | 'question', questionId: string | null, params: SearchParams): boolean {
  const { answers, issues, version } = decodeAnswers(params);
  if (kind === 'question') return issues.some((i) => i.question !== questionId);
  if (version !== null && version !== RULESET_VERSION) return false;
  return issues.length > 0 || nextQuestion(answers) !== null;
}
