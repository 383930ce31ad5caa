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
import { firstQuestionHref, nextHref, questionHref } from './urls';
import { CURRENT_TABLE, type QuestionTable } from '@/lib/assessment/rulesets/tables';
import type { ReadAnswersCode } from './result-link';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The hidden field a question form sends, naming the question it answers. */
export const STEP_FIELD = 'step';

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

/** True when a question page cannot be shown as asked (the proxy answers it with 400): another answer cannot be read. */
export function isUnreadableStep(questionId: string, decoded: DecodeResult): boolean {
  return otherIssues(decoded.issues, questionId).length > 0;
}

/** Where a question page's address leads: the page itself (its answers), another address (308), or nowhere (404). */
export type StepAddress = { kind: 'question'; answers: Answers } | { kind: 'moved'; to: string } | { kind: 'not-found' };

/**
 * What `/<locale>/assessment/q/<question>/<code>` is, given what its code reads as (readAnswersCode): the page, when
 * the code is the canonical one of its answers and the question is asked on their path; else the address that is
 * (the question's with the canonical code, or the next question's or the result when this one is not asked).
 * The proxy asks it for the status, the page for what to show.
 */
export function stepAddress(locale: Locale, questionId: string, code: string, read: ReadAnswersCode): StepAddress {
  const question = getQuestion(questionId);
  if (!question || read.kind === 'unknown') return { kind: 'not-found' };
  if (!isAsked(question, read.answers)) return { kind: 'moved', to: nextHref(locale, read.answers) };
  if (read.code !== code) return { kind: 'moved', to: questionHref(locale, questionId, read.answers) };
  return { kind: 'question', answers: read.answers };
}

/** What a question page at its canonical address shows (it has no query: no error, nothing submitted). */
export function resolveStepAddress(locale: Locale, questionId: string, code: string, read: ReadAnswersCode): StepView {
  const address = stepAddress(locale, questionId, code, read);
  if (address.kind === 'not-found') return address;
  if (address.kind === 'moved') return { kind: 'redirect', to: address.to };
  return resolveStep(locale, questionId, { answers: address.answers, version: CURRENT_TABLE.version, issues: [] }, {});
}

/**
 * Where a question's query form goes (a submission, or an old link of the query form): 303 after a submission and
 * 308 for a link, to the next question or the result when the answer reads, to the question's canonical address
 * when nothing was submitted; 400 (the question again with its error, or a page saying what to fix) otherwise.
 * The same decisions as resolveStep, which shows the 400s.
 */
export function queryFormTarget(
  locale: Locale,
  questionId: string,
  decoded: DecodeResult,
  step: string | null,
): { status: 303 | 308; to: string } | { status: 400 } | { status: 404 } {
  const question = getQuestion(questionId);
  if (!question) return { status: 404 };
  const { answers, issues } = decoded;
  if (isUnreadableStep(questionId, decoded)) return { status: 400 };
  const submitted = step === question.id;
  const status = submitted ? 303 : 308;
  if (!isAsked(question, answers)) return { status, to: nextHref(locale, answers) };
  if (!submitted) return { status, to: questionHref(locale, question.id, answers) };
  if (issues.length > 0 || answers[question.id] === undefined) return { status: 400 };
  return { status, to: nextHref(locale, answers) };
}
