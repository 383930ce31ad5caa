import type { Question } from './types';

/**
 * Short permanent result codes: `<version>-<body><check>`, e.g. `1-k3m9q2x4p7z`.
 *
 * The body is one number in Crockford's base 32 (lower case, no i, l, o or u, so it survives being read out
 * on the phone), built from a ruleset version's question table: each question in table order is one mixed-radix
 * digit (0 = unanswered; a single choice is 1 + its option's index, yes/no is 1 or 2, a multiple choice is the
 * bit mask of its options, which is never 0 when answered). A version's question table is frozen once released,
 * so every code ever issued reads the same forever. The last character is a check symbol (a weighted sum mod 31),
 * so a mistyped character or two swapped neighbours are caught instead of opening someone else's result. That sum
 * cannot tell 0 from z (values 0 and 31 weigh the same mod 31); question pages' codes, which are new, add a second
 * symbol (the plain sum mod 32) that does (encodeQuestionCode).
 */

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const VALUE: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));
/** What the proxy and the page table accept as a code before reading it: cheap, no decoding. */
export const RESULT_CODE_PATTERN = /^[1-9]\d{0,3}-[0-9a-hjkmnp-tv-z]{2,40}$/;

/** One question's answer as its option ids (a yes/no question's options are `yes` and `no`). */
export type RawAnswers = Readonly<Record<string, readonly string[]>>;

function optionsOf(question: Question): readonly string[] {
  return question.kind === 'yesno' ? ['yes', 'no'] : (question.options ?? []).map((o) => o.id);
}

function radixOf(question: Question): bigint {
  const n = optionsOf(question).length;
  return question.kind === 'multi' ? 1n << BigInt(n) : BigInt(n + 1);
}

function checkSymbol(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * (VALUE.get(body[i]!) ?? 0);
  return ALPHABET[sum % 31]!;
}

/**
 * The code of these answers under a version's question table. Answers are option ids per question id (answers
 * to questions the table lacks, and option ids it does not know, are left out: the caller passes valid answers).
 */
export function encodeResultCode(version: string, questions: readonly Question[], answers: RawAnswers): string {
  let n = 0n;
  let scale = 1n;
  for (const question of questions) {
    const options = optionsOf(question);
    const chosen = answers[question.id] ?? [];
    let digit = 0n;
    if (question.kind === 'multi') {
      options.forEach((id, i) => {
        if (chosen.includes(id)) digit |= 1n << BigInt(i);
      });
    } else if (chosen.length > 0) {
      const index = options.indexOf(chosen[0]!);
      if (index >= 0) digit = BigInt(index + 1);
    }
    n += digit * scale;
    scale *= radixOf(question);
  }
  let body = '';
  do {
    body = ALPHABET[Number(n % 32n)] + body;
    n /= 32n;
  } while (n > 0n);
  return `${version}-${body}${checkSymbol(body)}`;
}

/** The version a code names, or null when it is not a code at all. */
export function resultCodeVersion(code: string): string | null {
  return RESULT_CODE_PATTERN.test(code) ? code.slice(0, code.indexOf('-')) : null;
}

/**
 * The answers (option ids per question) a code holds under its version's question table, or null when the code is
 * not one that table can have issued: a bad check symbol, a number too large, or a digit no option stands for.
 * Whether the answers are complete and consistent is for the caller to check, as for any other link.
 */
export function decodeResultCode(code: string, questions: readonly Question[]): RawAnswers | null {
  if (!RESULT_CODE_PATTERN.test(code)) return null;
  const symbols = code.slice(code.indexOf('-') + 1);
  const body = symbols.slice(0, -1);
  if (checkSymbol(body) !== symbols.slice(-1)) return null;
  let n = 0n;
  for (const c of body) n = n * 32n + BigInt(VALUE.get(c)!);
  const answers: Record<string, readonly string[]> = {};
  for (const question of questions) {
    const radix = radixOf(question);
    const digit = n % radix;
    n /= radix;
    if (digit === 0n) continue;
    const options = optionsOf(question);
    answers[question.id] = question.kind === 'multi' ? options.filter((_, i) => (digit >> BigInt(i)) & 1n) : [options[Number(digit) - 1]!];
  }
  // Anything left over is more than the table can encode; so is a leading zero, which no encoder writes.
  if (n !== 0n || (body.length > 1 && body[0] === '0')) return null;
  return answers;
}

function sumSymbol(symbols: string): string {
  let sum = 0;
  for (const c of symbols) sum += VALUE.get(c) ?? 0;
  return ALPHABET[sum % 32]!;
}

/**
 * The code of a question page's answers so far: the result code of the same answers and one more symbol, the plain
 * sum mod 32 of the others, so that every single mistyped character is caught (a 0 typed as z too, which the weighted
 * sum mod 31 cannot see). `2-000` holds no answers.
 */
export function encodeQuestionCode(version: string, questions: readonly Question[], answers: RawAnswers): string {
  const code = encodeResultCode(version, questions, answers);
  return code + sumSymbol(code.slice(code.indexOf('-') + 1));
}

/** The answers a question page's code holds, or null when either check symbol fails or it does not read (decodeResultCode). */
export function decodeQuestionCode(code: string, questions: readonly Question[]): RawAnswers | null {
  if (!RESULT_CODE_PATTERN.test(code)) return null;
  const symbols = code.slice(code.indexOf('-') + 1, -1);
  return sumSymbol(symbols) === code.slice(-1) ? decodeResultCode(code.slice(0, -1), questions) : null;
}
