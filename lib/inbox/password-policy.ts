import { normaliseEmail } from './store';

/**
 * What a new or changed staff password must not be (OWASP ASVS 2.1.7, NIST SP 800-63B 5.1.1.2): shorter than 12
 * characters, only whitespace, one of the common or breached passwords of zxcvbn-ts's maintained list (about 49,000,
 * shipped in the @zxcvbn-ts/language-common package, MIT; nothing is fetched), such a password with digits or signs
 * added before or after it ("iloveyou2026!"), a few characters repeated, or the account's own e-mail address (or
 * its name part) inside it.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const PASSWORD_PROBLEMS = ['tooShort', 'tooLong', 'whitespace', 'common', 'containsEmail', 'repetitive'] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

/** The problems in English, for the `staff` command (the inbox shows its own messages). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  tooShort: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
  tooLong: `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`,
  whitespace: 'The password cannot be only spaces.',
  common: 'This password is on a list of common or breached passwords: choose another (a few unrelated words work well).',
  containsEmail: 'The password cannot contain the account’s e-mail address.',
  repetitive: 'The password repeats too few characters: choose another.',
};

let common: Promise<ReadonlySet<string>> | undefined;

/** The list, read once (and only when a password is set, so no other page loads its 380 KB). */
function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'] as readonly string[]));
  return common;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Why a new password for `email` is refused, or null when it will do. */
export async function passwordProblem(password: string, email: string): Promise<PasswordProblem | null> {
  const length = [...password].length;
  if (password.trim() === '') return length === 0 ? 'tooShort' : 'whitespace';
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  const folded = fold(password);
  const compact = folded.replace(/\s+/g, '');
  const account = normaliseEmail(email);
  const name = account.split('@')[0] ?? '';
  if (account && (compact.includes(account.replace(/\s+/g, '')) || (name.length >= 4 && compact.includes(name)))) return 'containsEmail';
  if (new Set(compact).size < 4) return 'repetitive';
  const list = await commonPasswords();
  const core = compact.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (list.has(folded) || list.has(compact) || (core.length >= 4 && list.has(core))) return 'common';
  return null;
}
