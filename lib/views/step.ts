import {
  askedQuestions,
  type DecodeResult,
  getQuestion,
  isAsked,
  nextQuestion,
  type AnswerIssue,
  type AnswerValue,
  type Answers,
  type Question,
} from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { firstQuestionHref, nextHref, questionHref } from '@/lib/addresses/urls';
import { CURRENT_TABLE, type QuestionTable } from '@/lib/assessment/rulesets/tables';
import { STEP_FIELD, type AssessmentAddress } from '@/lib/addresses/assessment-address';
import type { SearchParams } from '@/lib/addresses/query';

export { STEP_FIELD, type SearchParams };

export interface AnsweredItem {
  readonly question: Question;
  readonly value: AnswerValue;
  readonly changeHref: string;
}

export interface InvalidIssue {
  readonly question: string;
  readonly code: string;
  /** The question page to fix it on, or null when the key names no question on this path. */
  readonly fixHref: string | null;
}

export interface InvalidView {
  kind: 'invalid';
  issues: readonly InvalidIssue[];
  answered: readonly AnsweredItem[];
  startHref: string;
}

export type StepView =
  | { kind: 'not-found' }
  | InvalidView
  | { kind: 'redirect'; to: string }
  | {
      kind: 'question';
      question: Question;
      /** Every applicable answer, the current question's included (it prefills the form). */
      answers: Answers;
      value: AnswerValue | undefined;
      /** A message key under `wizard.errors`, when a submitted answer was missing or invalid. */
      error: string | null;
      position: number;
      total: number;
      backHref: string | null;
      answered: readonly AnsweredItem[];
    };

/**
 * What a question page shows: the question, an error, or where to go next. `decoded` is the page's query read once
 * (by the proxy); `params` is the raw query, read only for what the visitor ticked when an answer is refused.
 */
export function resolveStep(locale: Locale, questionId: string, decoded: DecodeResult, params: SearchParams): StepView {
  const question = getQuestion(questionId);
  if (!question) return { kind: 'not-found' };
  const { answers, issues } = decoded;
  const foreign = otherIssues(issues, question.id);
  if (foreign.length > 0) return invalidView(locale, foreign, answers);
  if (!isAsked(question, answers)) return { kind: 'redirect', to: nextHref(locale, answers) };

  let error: string | null = null;
  let value: AnswerValue | undefined = answers[question.id];
  if (params[STEP_FIELD] === question.id) {
    const issue = issues.find((i) => i.question === question.id);
    if (issue) {
      error = issue.code;
      // Keep what the visitor ticked, so a refused answer is not lost.
      value = submittedOptions(question, params[question.id]);
    } else if (answers[question.id] === undefined) error = question.kind === 'multi' ? 'requiredMulti' : 'required';
    else return { kind: 'redirect', to: nextHref(locale, answers) };
  }

  const asked = askedQuestions(answers);
  const index = asked.findIndex((q) => q.id === question.id);
  const previous = index > 0 ? asked[index - 1] : undefined;
  const answered = answeredItems(locale, answers).filter((item) => asked.indexOf(item.question) < index);
  return {
    kind: 'question',
    question,
    answers,
    value,
    error,
    position: index + 1,
    total: Math.max(estimatedTotal(answers), index + 1),
    backHref: previous ? questionHref(locale, previous.id, answers) : null,
    answered,
  };
}

/**
 * About how many questions this visitor answers in all: the questions asked so far, and those the rest of the way asks
 * when each is answered with its first option. The questions asked so far alone are too few: in version 3 every later
 * question depends on the first, so at the start the count was "1 of about 1".
 */
export function estimatedTotal(answers: Answers): number {
  let walked = answers;
  for (let next = nextQuestion(walked); next; next = nextQuestion(walked)) {
    const first = next.kind === 'yesno' ? true : next.kind === 'multi' ? [next.options![0]!.id] : next.options![0]!.id;
    walked = { ...walked, [next.id]: first };
  }
  return askedQuestions(walked).length;
}

/** The option ids a form sent for a question, valid ones only, for refilling the form after an error. */
function submittedOptions(question: Question, raw: string | string[] | undefined): AnswerValue | undefined {
  if (question.kind !== 'multi' || raw === undefined) return undefined;
  const known = new Set((question.options ?? []).map((o) => o.id));
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).filter((v) => known.has(v));
  return values.length > 0 ? [...new Set(values)] : undefined;
}

/** Issues with answers other than the question being asked: these make the whole link unreadable. */
export function otherIssues(issues: readonly AnswerIssue[], questionId: string | null): AnswerIssue[] {
  return issues.filter((issue) => issue.question !== questionId);
}

/** Every applicable answer in question order, each with its Change link. */
export function answeredItems(
  locale: Locale,
  answers: Answers,
  table: QuestionTable = CURRENT_TABLE,
  changeHref: (questionId: string) => string = (id) => questionHref(locale, id, answers),
): AnsweredItem[] {
  return askedQuestions(answers, table).flatMap((question) => {
    const value = answers[question.id];
    return value === undefined ? [] : [{ question, value, changeHref: changeHref(question.id) }];
  });
}

/** The page for answers that cannot be read: what is wrong, where to fix it, nothing else lost. */
export function invalidView(locale: Locale, issues: readonly AnswerIssue[], answers: Answers): InvalidView {
  return {
    kind: 'invalid',
    issues: issues.map((issue) => ({
      question: issue.question,
      code: issue.code,
      fixHref:
        getQuestion(issue.question) && isAsked(getQuestion(issue.question)!, answers)
          ? questionHref(locale, issue.question, answers)
          : null,
    })),
    answered: answeredItems(locale, answers),
    startHref: firstQuestionHref(locale),
  };
}

/**
 * What a question page shows, from what its address holds (lib/addresses/assessment-address.ts): the question at its
 * canonical address; the question's query form again, with its error or what cannot be read (status 400); where
 * to go instead; or nothing. `params` is the raw query, read only for what the visitor ticked when an answer is refused.
 */
export function stepView(locale: Locale, question: string, address: AssessmentAddress | null, params: SearchParams = {}): StepView {
  switch (address?.kind) {
    case 'question':
      return resolveStep(locale, question, { answers: address.answers, version: CURRENT_TABLE.version, issues: [] }, {});
    case 'question-form':
      return resolveStep(locale, question, address.decoded, params);
    case 'redirect':
      return { kind: 'redirect', to: address.to };
    default:
      return { kind: 'not-found' };
  }
}
