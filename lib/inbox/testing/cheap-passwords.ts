/** Test helper: passwords hashed at a low scrypt cost, for tests about accounts and limits rather than hashing. */
import { vi } from 'vitest';
import * as password from '../password';

/** scrypt at N = 2^10: about a thirtieth of the stored cost (password-policy.test.ts checks the real one). */
export const CHEAP_COST = { N: 2 ** 10, r: 8, p: 1 } as const;

const original = password.hashPassword;

/** A hash of `pw` at the cheap cost; verifyPassword reads the cost from the hash, so it checks it as cheaply. */
export const cheapHash = (pw: string) => original(pw, CHEAP_COST);

/** Makes every hashPassword call of the code under test (changing or adding a password) cheap; undone by vi.restoreAllMocks. */
export function cheapPasswords() {
  vi.spyOn(password, 'hashPassword').mockImplementation((pw) => original(pw, CHEAP_COST));
}
