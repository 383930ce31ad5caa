import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^15 (32 MiB), r = 8, p = 3, one of OWASP's recommended equivalent settings (Password Storage Cheat Sheet). */
const N = 2 ** 15;
const R = 8;
const P = 3;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * options.N! * options.r! }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The cost every stored hash is made with. */
export const SCRYPT_COST = { N, r: R, p: P } as const;

/**
 * A password's hash with its own random salt and the parameters it was made with: `scrypt$N$r$p$salt$key`. The cost
 * is always SCRYPT_COST here; the tests of sign-in limits and accounts pass a lower one (testing/cheap-passwords.ts),
 * since verifying reads the cost from the hash and those tests are about counting, not hashing.
 */
export async function hashPassword(password: string, cost: { N: number; r: number; p: number } = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether a password matches a stored hash (compared in constant time; a malformed hash matches nothing). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) }).catch(() => null);
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash no password matches, verified for unknown accounts so they take as long as known ones. */
export const DECOY_HASH = `scrypt$${N}$${R}$${P}$${'A'.repeat(22)}$${'A'.repeat(43)}`;
