// The question form runs these in the browser: import the modules themselves, not the lib/assessment index,
// which would bring the rules and their citations into the form's bundle.
import { QUESTIONS } from '@/lib/assessment/questions';
import { nextQuestion } from '@/lib/assessment/flow';
import type { Answers } from '@/lib/assessment/types';
import type { QuestionTable } from '@/lib/assessment/rulesets/tables';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { questionCode, resultCode } from './result-link';

/**
 * The site path (after the locale) of a question page with the answers given so far: `/assessment/q/<id>/<code>`,
 * the code of those answers under the current questions, so the page depends on its path alone and is cached by it.
 */
export function questionPath(questionId: string, answers: Answers): string {
  return `/assessment/q/${questionId}/${questionCode(answers)}`;
}

/** A question page's canonical address: `/<locale>/assessment/q/<id>/<code>` (e.g. `/en/assessment/q/hosting/2-000`). */
export function questionHref(locale: Locale, questionId: string, answers: Answers): string {
  return localePath(locale, questionPath(questionId, answers));
}

/** Where a question's form is sent (a plain GET form, its answers in the query): read by the proxy, which moves it on. */
export function questionFormAction(locale: Locale, questionId: string): string {
  return localePath(locale, `/assessment/q/${questionId}`);
}

/** The site path (after the locale) of the result with this short code. */
export function resultPath(code: string): string {
  return `/result/${code}`;
}

/** The result page of a complete answer set (of the current questions, or of `table`'s): its short link, `/<locale>/result/<code>`. */
export function resultHref(locale: Locale, answers: Answers, table?: QuestionTable): string {
  return localePath(locale, resultPath(resultCode(answers, table)));
}

export function firstQuestionHref(locale: Locale): string {
  return questionHref(locale, QUESTIONS[0].id, {});
}

/** Where to go once these answers are in: the first unanswered question on the path, else the result. */
export function nextHref(locale: Locale, answers: Answers): string {
  const next = nextQuestion(answers);
  return next ? questionHref(locale, next.id, answers) : resultHref(locale, answers);
}
