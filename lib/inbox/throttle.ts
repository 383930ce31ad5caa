import type { SqlRunner } from '@/lib/enquiries/store/store';
import { clearKeys, countFailure, lockKey, lockedUntil, normaliseEmail } from './store';

/**
 * Limits on guessing passwords, kept in the store so several servers share them. Three counters:
 * - one account from one client: free tries, then a doubling lock up to an hour. Only that client is locked,
 *   so an attacker cannot lock a member of staff out of their own account;
 * - one client across accounts: more free tries, then the same doubling lock (a client trying many accounts);
 * - one account from anywhere: a lock of at most a minute (slows a guesser spread over many addresses,
 *   without ever shutting the real user out for longer than that).
 * Failures are forgotten after a day without one; a successful sign-in clears that account's counters.
 */
export type ThrottleRule = { free: number; baseMs: number; maxMs: number };
export const THROTTLE = {
  pair: { free: 5, baseMs: 30_000, maxMs: 3_600_000 },
  client: { free: 20, baseMs: 30_000, maxMs: 3_600_000 },
  account: { free: 10, baseMs: 5_000, maxMs: 60_000 },
  windowMs: 86_400_000,
} as const;

/** How long the lock after the n-th failure lasts under a rule (0 while free tries remain). */
export function lockMs(rule: ThrottleRule, failures: number): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.maxMs, rule.baseMs * 2 ** Math.min(30, failures - rule.free - 1));
}

function keys(email: string, client: string) {
  const account = normaliseEmail(email);
  return { pair: `pair:${account}\n${client}`, client: `client:${client}`, account: `account:${account}` };
}

/** When sign-in may be tried again for this account from this client, or null when it may now. */
export async function signInBlockedUntil(sql: SqlRunner, email: string, client: string, now: Date): Promise<Date | null> {
  return lockedUntil(sql, Object.values(keys(email, client)), now);
}

export async function recordFailedSignIn(sql: SqlRunner, email: string, client: string, now: Date): Promise<void> {
  const k = keys(email, client);
  for (const name of ['pair', 'client', 'account'] as const) {
    const failures = await countFailure(sql, k[name], now, THROTTLE.windowMs);
    const ms = lockMs(THROTTLE[name], failures);
    if (ms > 0) await lockKey(sql, k[name], new Date(now.getTime() + ms));
  }
}

export async function recordSignIn(sql: SqlRunner, email: string, client: string, now: Date): Promise<void> {
  const k = keys(email, client);
  await clearKeys(sql, [k.pair, k.account], now, THROTTLE.windowMs);
}
