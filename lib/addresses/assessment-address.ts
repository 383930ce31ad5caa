// The question form runs readQuestionForm in the browser: import the modules themselves, not the lib/assessment
// index, which would bring the rules and their citations into its bundle.
import { decodeAnswers, decodeAnswersIn, type DecodeResult } from '@/lib/assessment/codec';
import { getQuestion, isAsked, nextQuestion } from '@/lib/assessment/flow';
import { CURRENT_TABLE } from '@/lib/assessment/rulesets/current-table';
import { questionTableFor } from '@/lib/assessment/rulesets/tables';
import type { Answers } from '@/lib/assessment/types';
import { boundedMemo } from '@/lib/bounded-memo';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { readAnswersCode, readResultCode, resultCode } from './result-link';
import { nextHref, questionHref, resultPath } from './urls';

/** The hidden field a question form sends, naming the question it answers. */
export const STEP_FIELD = 'step';

/** The pages of one result, after `/result/<code>`. */
export const RESULT_PAGES = ['', '/print', '/what-ifs', '/plan', '/feed.atom', '/calendar.ics', '/preview.png'] as const;
export type ResultPage = (typeof RESULT_PAGES)[number];

/** What an assessment address is. Every status but a redirect's is the page's to show (the proxy sets it). */
export type AssessmentAddress =
  /** Another address of the same page or the next one: 308 for a link, 303 after a question form's submission. */
  | { kind: 'redirect'; to: string; status: 303 | 308 }
  /** A code that does not read (mistyped, cut, made up), or a question page its answers never reach. */
  | { kind: 'not-found' }
  /** A question page at its canonical address: the answers given so far. */
  | { kind: 'question'; question: string; code: string; answers: Answers }
  /** A question's query form that cannot move on (status 400): an answer refused, or answers that cannot be read. */
  | { kind: 'question-form'; question: string; decoded: DecodeResult }
  /** A result (or one of its pages) at its short link: its answers, as issued under the version the code names. */
  | { kind: 'result'; page: ResultPage; code: string; version: string; answers: Answers }
  /** A long result link of the first release that does not move: 400, or 200 when it names a version this site never had. */
  | { kind: 'long-result'; decoded: DecodeResult; status: 200 | 400 };

const NOT_FOUND: AssessmentAddress = { kind: 'not-found' };

// Popular results and the first questions are asked for over and over: each code is read once (at most this many kept).
const readResult = /*#__PURE__*/ boundedMemo(5000, readResultCode);
const readAnswers = /*#__PURE__*/ boundedMemo(5000, readAnswersCode);

/**
 * What an assessment address is: a question page (`/assessment/q/<question>/<code>`), a question's query form (what
 * the question form sends, and the links of the first release), a result's short link and its pages
 * (`/result/<code>[/print|…]`), or a long result link of the first release (`/assessment/result?…`). `sitePath` is
 * the path after the locale, as it arrived (percent-encoded); null for any other address. The one reading of these
 * addresses: the proxy answers with it, the pages and their metadata show it (lib/addresses/page-address.ts), and the
 * question form moves on with it. It forgives what chat apps and people do to a link (a code in capitals, trailing
 * punctuation, spaces) with a redirect to the canonical address.
 */
export function readAssessmentAddress(locale: Locale, sitePath: string, query: URLSearchParams): AssessmentAddress | null {
  const reading = readExactly(locale, sitePath, query);
  if (reading && reading.kind !== 'not-found') return reading;
  const forgiven = forgivenPath(sitePath);
  if (forgiven === sitePath) return reading;
  const again = readExactly(locale, forgiven, query);
  if (!again || again.kind === 'not-found') return reading;
  return again.kind === 'redirect' ? again : { kind: 'redirect', to: withQuery(localePath(locale, forgiven), query), status: 308 };
}

function readExactly(locale: Locale, sitePath: string, query: URLSearchParams): AssessmentAddress | null {
  const parts = sitePath.split('/');
  if (parts[1] === 'result' && (parts.length === 3 || parts.length === 4)) return readResultAt(locale, parts[2]!, parts[3], query);
  if (parts[1] !== 'assessment') return null;
  if (parts[2] === 'result' && parts.length === 3) return readLongResult(locale, query);
  if (parts[2] !== 'q' || !getQuestion(parts[3] ?? '')) return null;
  if (parts.length === 4) return readQuestionForm(locale, parts[3]!, query);
  return parts.length === 5 ? readQuestionAt(locale, parts[3]!, parts[4]!) : null;
}

function readResultAt(locale: Locale, code: string, sub: string | undefined, query: URLSearchParams): AssessmentAddress | null {
  const page = (sub === undefined ? '' : `/${sub}`) as ResultPage;
  if (!RESULT_PAGES.includes(page)) return null;
  const read = readResult(code);
  if (read.kind === 'unknown') return NOT_FOUND;
  // A code holding answers its questions would not ask moves to the code without them.
  if (read.kind === 'moved')
    return { kind: 'redirect', to: withQuery(localePath(locale, resultPath(read.code) + page), query), status: 308 };
  return { kind: 'result', page, code, version: read.version, answers: read.answers };
}

/**
 * A question page's canonical address: the page when the code is the canonical one of its answers and the question
 * is asked on their path; else the address that is (the question's with the canonical code, or the next question or
 * the result when this one is not asked).
 */
function readQuestionAt(locale: Locale, question: string, code: string): AssessmentAddress {
  const read = readAnswers(code);
  if (read.kind === 'unknown') return NOT_FOUND;
  if (!isAsked(getQuestion(question)!, read.answers)) return { kind: 'redirect', to: nextHref(locale, read.answers), status: 308 };
  if (read.code !== code) return { kind: 'redirect', to: questionHref(locale, question, read.answers), status: 308 };
  return { kind: 'question', question, code, answers: read.answers };
}

/**
 * A question's query form (`/assessment/q/<question>?<answers>[&step=<question>]`): 303 after a submission and 308
 * for a link, to the next question or the result when the answer reads, to the question's canonical address when
 * nothing was submitted; the form again with its error (400) otherwise. Question pages ask the current questions: the
 * query is read under them, whatever `v` it names. The question form calls it in the browser to move on.
 */
export function readQuestionForm(locale: Locale, question: string, query: URLSearchParams): AssessmentAddress {
  const asked = getQuestion(question);
  if (!asked) return NOT_FOUND;
  // decodeAnswersIn: the older versions' tables stay out of the question form's bundle.
  const decoded: DecodeResult = { ...decodeAnswersIn(query, CURRENT_TABLE), version: CURRENT_TABLE.version };
  const { answers, issues } = decoded;
  if (issues.some((issue) => issue.question !== question)) return { kind: 'question-form', question, decoded };
  const submitted = query.get(STEP_FIELD) === question;
  const status = submitted ? 303 : 308;
  if (!isAsked(asked, answers)) return { kind: 'redirect', to: nextHref(locale, answers), status };
  if (!submitted) return { kind: 'redirect', to: questionHref(locale, question, answers), status };
  if (issues.length > 0 || answers[question] === undefined) return { kind: 'question-form', question, decoded };
  return { kind: 'redirect', to: nextHref(locale, answers), status };
}

/** A long result link of the first release (`/assessment/result?<answers>&v=<version>`): to its short link, or a page. */
function readLongResult(locale: Locale, query: URLSearchParams): AssessmentAddress {
  const decoded = decodeAnswers(query);
  const target = longResultTarget(decoded);
  if (target === 'moved')
    return { kind: 'redirect', to: localePath(locale, resultPath(resultCode(decoded.answers, tableOf(decoded.version)))), status: 308 };
  return { kind: 'long-result', decoded, status: target === 'outdated' ? 200 : 400 };
}

/** Where a long result link goes: its short link, or a page saying what to fix or that its version is unknown here. */
export function longResultTarget({ answers, issues, version }: DecodeResult): 'moved' | 'outdated' | 'invalid' | 'incomplete' {
  // A link naming a version this site never had is explained first: its answers may not fit any questions.
  if (version !== null && !questionTableFor(version)) return 'outdated';
  if (issues.length > 0) return 'invalid';
  return nextQuestion(answers, tableOf(version)) ? 'incomplete' : 'moved';
}

/** The questions a long link is read under: those of the version it names, or the current ones. */
export function tableOf(version: string | null) {
  return (version !== null && questionTableFor(version)) || CURRENT_TABLE;
}

function withQuery(path: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

// Trailing punctuation (ASCII or full-width: `)`, `）`, `。`, `"`, `」` …) and spaces a chat app or a sentence glued to a link.
const TRAILING = /[\s\p{P}\p{S}]+$/u;

/**
 * An assessment path as it was meant: percent-decoded, without trailing punctuation or any spaces, in lower case
 * (codes and question ids are lower case). The path itself when it is not an assessment path or does not decode.
 */
export function forgivenPath(sitePath: string): string {
  let path: string;
  try {
    path = decodeURIComponent(sitePath);
  } catch {
    return sitePath;
  }
  path = path.replace(TRAILING, '').replace(/\s+/gu, '').toLowerCase();
  return /^\/(result|assessment)\//.test(path) ? path : sitePath;
}
