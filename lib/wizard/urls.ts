// The question form runs these in the browser: import the modules themselves, not the lib/assessment index,
// which would bring the rules and their citations into the form's bundle.
import { QUESTIONS } from '@/lib/assessment/questions';
import { encodeAnswers } from '@/lib/assessment/codec';
import { nextQuestion } from '@/lib/assessment/flow';
import type { Answers } from '@/lib/assessment/types';
import { localePath } from '@/lib/i18n/paths';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

const RESULT_LINK = new RegExp(`^/(?:${LOCALES.join('|')})/assessment/result\\?([A-Za-z0-9=&,%._-]*)$`);

/** A question page: `/<locale>/assessment/q/<id>?<answers>&v=<version>`. */
export function questionHref(locale: Locale, questionId: string, answers: Answers): string {
  return `${localePath(locale, `/assessment/q/${questionId}`)}?${encodeAnswers(answers)}`;
}

/** The result page for a complete answer set. */
export function resultHref(locale: Locale, answers: Answers): string {
  return `${localePath(locale, '/assessment/result')}?${encodeAnswers(answers)}`;
}

export function firstQuestionHref(locale: Locale): string {
  return questionHref(locale, QUESTIONS[0].id, {});
}

/** Where to go once these answers are in: the first unanswered question on the path, else the result. */
export function nextHref(locale: Locale, answers: Answers): string {
  const next = nextQuestion(answers);
  return next ? questionHref(locale, next.id, answers) : resultHref(locale, answers);
}

/**
 * A result link carried to the contact page, re-pointed to `locale`; null unless `value` is the path of a
 * result page (so the parameter can neither inject text nor send the visitor elsewhere).
 */
export function parseResultLink(locale: Locale, value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 1500) return null;
  const match = RESULT_LINK.exec(value);
  return match ? `${localePath(locale, '/assessment/result')}?${match[1]}` : null;
}
