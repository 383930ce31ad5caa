// The question form runs this in the browser (its last step goes straight to the result): import the modules
// themselves, not the lib/assessment index, which would bring the rules and their citations into its bundle.
import { decodeAnswers } from '@/lib/assessment/codec';
import { nextQuestion } from '@/lib/assessment/flow';
import {
  decodeQuestionCode,
  decodeResultCode,
  encodeQuestionCode,
  encodeResultCode,
  resultCodeVersion,
  type RawAnswers,
} from '@/lib/assessment/result-code';
import { CURRENT_TABLE, type QuestionTable } from '@/lib/assessment/rulesets/current-table';
import { questionTableFor } from '@/lib/assessment/rulesets/tables';
import type { Answers } from '@/lib/assessment/types';

function raw(answers: Answers): RawAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      typeof value === 'boolean' ? [value ? 'yes' : 'no'] : Array.isArray(value) ? value : [value as string],
    ]),
  );
}

/** The short code of a complete answer set under a version's questions (the current one by default), e.g. `2-k3m9q2x4p7z`. */
export function resultCode(answers: Answers, table: QuestionTable = CURRENT_TABLE): string {
  return encodeResultCode(table.version, table.questions, raw(answers));
}

/** The code of the answers given so far, under the current questions, that names a question page (`/assessment/q/<id>/<code>`). */
export function questionCode(answers: Answers): string {
  return encodeQuestionCode(CURRENT_TABLE.version, CURRENT_TABLE.questions, raw(answers));
}

/** A code's answers as a query (option ids comma-joined per question), for decodeAnswers to validate. */
function readQuery(
  code: string,
  decode: typeof decodeResultCode = decodeResultCode,
): { table: QuestionTable; query: Record<string, string> } | null {
  const version = resultCodeVersion(code);
  const table = version === null ? undefined : questionTableFor(version);
  const read = table && decode(code, table.questions);
  if (!read) return null;
  return { table, query: Object.fromEntries(Object.entries(read).map(([id, values]) => [id, values.join(',')])) };
}

export type ReadCode =
  /** The code of a complete, valid answer set, as issued under the version it names. */
  | { kind: 'result'; code: string; version: string; answers: Answers }
  /** It reads, but holds answers its questions would not have asked: the same result has this shorter code. */
  | { kind: 'moved'; code: string }
  | { kind: 'unknown' };

/** What a result code holds: its answers under the version it names (every version ever released reads forever). */
export function readResultCode(code: string): ReadCode {
  const read = readQuery(code);
  if (!read) return { kind: 'unknown' };
  const { table, query } = read;
  const { answers, issues } = decodeAnswers(query, table);
  if (issues.length > 0 || nextQuestion(answers, table) !== null) return { kind: 'unknown' };
  const canonical = resultCode(answers, table);
  return canonical === code ? { kind: 'result', code, version: table.version, answers } : { kind: 'moved', code: canonical };
}

export type ReadAnswersCode =
  /** The answers given so far, valid under the current questions; `code` is their canonical code (it may differ). */
  { kind: 'answers'; answers: Answers; code: string } | { kind: 'unknown' };

/**
 * What a question page's code holds: answers given so far, complete or not, read under the current questions (a
 * code of an older version carries the answers that still read under them). Unknown when it does not read, or holds
 * an answer the current questions refuse. Answers to questions the path would not ask are dropped (`code` then
 * differs: the page's address moves).
 */
export function readAnswersCode(code: string): ReadAnswersCode {
  const read = readQuery(code, decodeQuestionCode);
  if (!read) return { kind: 'unknown' };
  const { answers, issues } = decodeAnswers(read.query, CURRENT_TABLE);
  return issues.length > 0 ? { kind: 'unknown' } : { kind: 'answers', answers, code: questionCode(answers) };
}
