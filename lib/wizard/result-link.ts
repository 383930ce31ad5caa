// The question form runs this in the browser (its last step goes straight to the result): import the modules
// themselves, not the lib/assessment index, which would bring the rules and their citations into its bundle.
import { decodeAnswers } from '@/lib/assessment/codec';
import { nextQuestion } from '@/lib/assessment/flow';
import { decodeResultCode, encodeResultCode, resultCodeVersion, type RawAnswers } from '@/lib/assessment/result-code';
import { CURRENT_TABLE, questionTableFor, type QuestionTable } from '@/lib/assessment/rulesets/tables';
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

export type ReadCode =
  /** The code of a complete, valid answer set, as issued under the version it names. */
  | { kind: 'result'; code: string; version: string; answers: Answers }
  /** It reads, but holds answers its questions would not have asked: the same result has this shorter code. */
  | { kind: 'moved'; code: string }
  | { kind: 'unknown' };

/** What a result code holds: its answers under the version it names (every version ever released reads forever). */
export function readResultCode(code: string): ReadCode {
  const version = resultCodeVersion(code);
  const table = version === null ? undefined : questionTableFor(version);
  const read = table && decodeResultCode(code, table.questions);
  if (!read) return { kind: 'unknown' };
  const query = Object.fromEntries(Object.entries(read).map(([id, values]) => [id, values.join(',')]));
  const { answers, issues } = decodeAnswers(query, table);
  if (issues.length > 0 || nextQuestion(answers, table) !== null) return { kind: 'unknown' };
  const canonical = resultCode(answers, table);
  return canonical === code ? { kind: 'result', code, version: table.version, answers } : { kind: 'moved', code: canonical };
}
