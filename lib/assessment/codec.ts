import { applicableAnswers, askedQuestions, getQuestion } from './flow';
import { CURRENT_TABLE, type QuestionTable } from './rulesets/current-table';
import { questionTableFor } from './rulesets/tables';
import { answerSchemaFor } from './schema';
import type { AnswerValue, Answers, Question } from './types';

/** The current version of the questions and rules (see rulesets/ and the README on starting a new version). */
export const RULESET_VERSION = CURRENT_TABLE.version;

export type AnswerIssueCode = 'invalid-option' | 'exclusive-combined' | 'too-long' | 'malformed';

export interface AnswerIssue {
  question: string;
  code: AnswerIssueCode;
  value?: string;
}

export type DecodeResult = { answers: Answers; version: string | null; issues: AnswerIssue[] };

/** Longest raw value accepted for one key; anything longer is `too-long`. */
export const MAX_VALUE_LENGTH = 500;
const VERSION_KEY = 'v';
/** Every issue code decodeAnswers can report; the UI has a message for each. */
export const ANSWER_ISSUE_CODES = [
  'invalid-option',
  'exclusive-combined',
  'too-long',
  'malformed',
] as const satisfies readonly AnswerIssueCode[];
const ISSUE_CODES: ReadonlySet<string> = new Set(ANSWER_ISSUE_CODES);

function encodeValue(value: AnswerValue): string | null {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value === '' ? null : value;
  if (Array.isArray(value)) {
    const list = [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))].sort();
    return list.length > 0 ? list.join(',') : null;
  }
  return null;
}

/**
 * The answers as a query string: question ids sorted alphabetically, then `v`. Multiple choices are
 * sorted and comma-joined (commas left readable), yes/no are `yes`/`no`. Keys that name no question are left out.
 */
export function encodeAnswers(answers: Answers, ruleset: QuestionTable | string = CURRENT_TABLE): string {
  // A version string names its table; an unknown one (an old link's text, kept as given) uses the current questions.
  const version = typeof ruleset === 'string' ? ruleset : ruleset.version;
  const table = typeof ruleset === 'string' ? (questionTableFor(ruleset) ?? CURRENT_TABLE) : ruleset;
  const ids = table.questions
    .map((q) => q.id)
    .filter((id) => Object.hasOwn(answers, id))
    .sort();
  const parts: string[] = [];
  for (const id of ids) {
    const encoded = encodeValue(answers[id] as AnswerValue);
    if (encoded !== null) parts.push(`${encodeURIComponent(id)}=${encodeURIComponent(encoded).replace(/%2C/g, ',')}`);
  }
  parts.push(`${VERSION_KEY}=${encodeURIComponent(version)}`);
  return parts.join('&');
}

/** Every value given for each key, as strings; anything that is not a string becomes null (malformed). */
function collect(input: URLSearchParams | Record<string, unknown>): Map<string, (string | null)[]> {
  const raw = new Map<string, (string | null)[]>();
  const add = (key: string, value: unknown) => {
    const list = raw.get(key) ?? [];
    if (value === undefined) {
      // absent: unanswered
    } else if (Array.isArray(value)) {
      for (const v of value) list.push(typeof v === 'string' ? v : null);
    } else list.push(typeof value === 'string' ? value : null);
    raw.set(key, list);
  };
  if (input instanceof URLSearchParams) {
    for (const [key, value] of input) add(key, value);
  } else if (input !== null && typeof input === 'object') {
    for (const key of Object.keys(input)) add(key, Object.getOwnPropertyDescriptor(input, key)?.value);
  }
  return raw;
}

type Parsed = { value: AnswerValue } | { issue: AnswerIssue } | null;

function clip(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

/** One question's raw values → its answer, an issue, or null (unanswered). */
function parseQuestion(question: Question, values: readonly (string | null)[]): Parsed {
  const issue = (code: AnswerIssueCode, value?: string): Parsed => ({
    issue: value === undefined ? { question: question.id, code } : { question: question.id, code, value: clip(value) },
  });
  if (values.some((v) => v === null)) return issue('malformed');
  const strings = values as readonly string[];
  const long = strings.find((v) => v.length > MAX_VALUE_LENGTH);
  if (long !== undefined) return issue('too-long', long);

  let formValue: string | string[];
  if (question.kind === 'multi') {
    const parts = [...new Set(strings.flatMap((v) => v.split(',')).filter((v) => v !== ''))];
    if (parts.length === 0) return null;
    formValue = parts;
  } else {
    const distinct = [...new Set(strings.filter((v) => v !== ''))];
    if (distinct.length === 0) return null;
    if (distinct.length > 1) return issue('malformed', distinct.join(','));
    formValue = distinct[0] as string;
  }

  const result = answerSchemaFor(question).safeParse(formValue);
  if (!result.success) {
    const first = result.error.issues[0];
    const code = first && ISSUE_CODES.has(first.message) ? (first.message as AnswerIssueCode) : 'malformed';
    const at = first?.path[0];
    const offending = Array.isArray(formValue) ? (typeof at === 'number' ? formValue[at] : formValue.join(',')) : formValue;
    return issue(code, offending);
  }
  return { value: toAnswerValue(question, formValue) };
}

/** A validated form value as an answer: booleans for yes/no, option ids in question order. */
function toAnswerValue(question: Question, formValue: string | string[]): AnswerValue {
  switch (question.kind) {
    case 'yesno':
      return formValue === 'yes';
    case 'multi': {
      const chosen = new Set(formValue as string[]);
      return (question.options ?? []).map((o) => o.id).filter((id) => chosen.has(id));
    }
    default:
      return formValue as string;
  }
}

/**
 * Reads answers from a query (URLSearchParams or Next's searchParams). Never throws. Unknown keys
 * are ignored, empty values are unanswered, invalid values become issues and are left out, and
 * answers (or issues) for questions not asked on this path are dropped as stale. The answers are read under
 * `ruleset` when given, else under the version the link's `v` names when it exists, else the current one.
 */
export function decodeAnswers(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  ruleset?: QuestionTable,
): DecodeResult {
  const raw = collect(input as URLSearchParams | Record<string, unknown>);
  const versionValue = (raw.get(VERSION_KEY) ?? []).find((v): v is string => typeof v === 'string' && v !== '');
  // Versions are small numbers; anything else is reported as 'unknown' so no link text is ever echoed.
  const version = versionValue === undefined ? null : /^\d{1,4}$/.test(versionValue) ? versionValue : 'unknown';
  // The answers are read under the questions of the version the link names, when that version exists.
  const table = ruleset ?? (version !== null ? questionTableFor(version) : undefined) ?? CURRENT_TABLE;
  return { ...readAnswers(raw, table), version };
}

/**
 * The answers of `input` under `table`, whatever version it names (the question form's own answers, always of the
 * current table: it calls this, so the older versions' tables stay out of the browser's bundle).
 */
export function decodeAnswersIn(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  table: QuestionTable,
): Omit<DecodeResult, 'version'> {
  return readAnswers(collect(input as URLSearchParams | Record<string, unknown>), table);
}

function readAnswers(raw: ReturnType<typeof collect>, table: QuestionTable): Omit<DecodeResult, 'version'> {
  const answers: Record<string, AnswerValue> = {};
  const found: AnswerIssue[] = [];
  for (const [key, values] of raw) {
    const question = getQuestion(key, table);
    if (!question) continue;
    const parsed = parseQuestion(question, values);
    if (parsed === null) continue;
    if ('issue' in parsed) found.push(parsed.issue);
    else answers[question.id] = parsed.value;
  }

  const applicable = applicableAnswers(answers, table);
  const asked = new Set(askedQuestions(applicable, table).map((q) => q.id));
  const order = new Map(table.questions.map((q, i) => [q.id, i]));
  const issues = found.filter((i) => asked.has(i.question)).sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0));
  return { answers: applicable, issues };
}
