// The question form runs this in the browser (its last step goes straight to the result): import the modules
// themselves, not the lib/assessment index, which would bring the rules and their citations into its bundle.
import { QUESTIONS } from '@/lib/assessment/questions';
import { RULESET_VERSION, decodeAnswers } from '@/lib/assessment/codec';
import { nextQuestion } from '@/lib/assessment/flow';
import { decodeResultCode, encodeResultCode, resultCodeVersion, type RawAnswers } from '@/lib/assessment/result-code';
import type { Answers, Question } from '@/lib/assessment/types';

/** The frozen question table of each ruleset version a result code can name. */
const QUESTION_TABLES: Readonly<Record<string, readonly Question[]>> = { [RULESET_VERSION]: QUESTIONS };

function raw(answers: Answers): RawAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      typeof value === 'boolean' ? [value ? 'yes' : 'no'] : Array.isArray(value) ? value : [value as string],
    ]),
  );
}

/** The short code of a complete answer set under the current rules, e.g. `1-k3m9q2x4p7z`. */
export function resultCode(answers: Answers): string {
  return encodeResultCode(RULESET_VERSION, QUESTION_TABLES[RULESET_VERSION]!, raw(answers));
}

export type ReadCode =
  /** The code of a complete, valid answer set, as issued. */
  | { kind: 'result'; code: string; version: string; answers: Answers }
  /** It reads, but holds answers its questions would not have asked: the same result has this shorter code. */
  | { kind: 'moved'; code: string }
  | { kind: 'unknown' };

/** What a result code holds: its answers under the version it names, or why it holds none. */
export function readResultCode(code: string): ReadCode {
  const version = resultCodeVersion(code);
  const questions = version === null ? undefined : QUESTION_TABLES[version];
  const read = questions && decodeResultCode(code, questions);
  if (!read) return { kind: 'unknown' };
  const { answers, issues } = decodeAnswers(Object.fromEntries(Object.entries(read).map(([id, values]) => [id, values.join(',')])));
  if (issues.length > 0 || nextQuestion(answers) !== null) return { kind: 'unknown' };
  const canonical = encodeResultCode(version!, questions, raw(answers));
  return canonical === code ? { kind: 'result', code, version: version!, answers } : { kind: 'moved', code: canonical };
}
