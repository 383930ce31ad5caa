import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import { cachedSecret, normaliseEmail } from './store';

/**
 * Limits on guessing passwords (OWASP ASVS 2.2.1), kept in the store so several servers share them. Every attempt is
 * counted before its password is checked, by one atomic upsert per limit (both databases), so guesses sent at once
 * are limited exactly as guesses sent one after another. Counts are per fixed window:
 * - pair: one account from one client (an IPv4 address, or an IPv6 /64);
 * - client: one client, whatever the account (a client trying many accounts);
 * - account: one account from every client together (a guesser spread over many addresses);
 * - device: one account from a browser that signed in to it before (a signed device cookie, lib/inbox/device.ts).
 *   Such a browser is held by this limit alone, so no guesser can lock a member of staff out of their own account;
 *   its attempts still count towards the account's total.
 * A successful sign-in is not a failure: its own count is given back, and the pair's and device's counts are cleared.
 */
export type LimitRule = { max: number; windowMs: number };
export type LimitName = 'pair' | 'client' | 'account' | 'device';

export const SIGN_IN_LIMITS: Record<LimitName, LimitRule> = {
  pair: { max: 5, windowMs: 15 * 60_000 },
  client: { max: 20, windowMs: 60 * 60_000 },
  account: { max: 100, windowMs: 60 * 60_000 },
  device: { max: 10, windowMs: 15 * 60_000 },
};

/** The client a limit counts: an IPv4 address as it is, an IPv6 address by its /64 (one household or server). */
export function clientKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export type Attempt = {
  email: string;
  client: string;
  /** The device id of a valid device cookie for this account, or null. */ device: string | null;
};
export type Reservation =
  { kind: 'allowed'; counted: Array<[bucket: string, windowStart: number]> } | { kind: 'refused'; retryAfterSeconds: number };

// Counts name HMACs of the account and client, never the e-mail or the address itself.
async function bucketOf(sql: SqlRunner, name: LimitName, key: string): Promise<string> {
  return `${name}:${createHmac('sha256', await cachedSecret(sql, 'sign-in-limits'))
    .update(`${name}\n${key}`)
    .digest('base64url')
    .slice(0, 27)}`;
}

/** Adds one to a bucket's count in a window, atomically; the new count. */
async function increment(sql: SqlRunner, bucket: string, windowStart: number, by = 1): Promise<number> {
  const [row] = await sql.all<{ count: number | string }>(
    `INSERT INTO sign_in_counts (bucket, window_start, count) VALUES (?, ?, ?)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = sign_in_counts.count + excluded.count RETURNING count`,
    [bucket, windowStart, by],
  );
  return Number(row!.count);
}

let prunedAt = 0;
const LONGEST = Math.max(...Object.values(SIGN_IN_LIMITS).map((r) => r.windowMs));

/**
 * Counts one sign-in attempt against its limits, before its password is checked: refused (with when to try again) at
 * the first limit it exceeds, the later ones left uncounted.
 */
export async function reserveAttempt(sql: SqlRunner, attempt: Attempt, now: Date, limits = SIGN_IN_LIMITS): Promise<Reservation> {
  const t = now.getTime();
  if (t - prunedAt > 10 * 60_000 || t < prunedAt) {
    prunedAt = t;
    await sql.run(`DELETE FROM sign_in_counts WHERE window_start < ?`, [t - 2 * LONGEST]);
  }
  const account = normaliseEmail(attempt.email);
  const client = clientKeyOf(attempt.client);
  const steps: Array<[LimitName, string, boolean]> = attempt.device
    ? [
        ['device', `${account}\n${attempt.device}`, true],
        ['account', account, false],
      ]
    : [
        ['pair', `${account}\n${client}`, true],
        ['client', client, true],
        ['account', account, true],
      ];
  const counted: Array<[string, number]> = [];
  for (const [name, key, blocks] of steps) {
    const { max, windowMs } = limits[name];
    const start = t - (t % windowMs);
    const bucket = await bucketOf(sql, name, key);
    const count = await increment(sql, bucket, start);
    counted.push([bucket, start]);
    if (blocks && count > max) return { kind: 'refused', retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - t) / 1000)) };
  }
  return { kind: 'allowed', counted };
}

/** After the right password: the attempt's own counts given back, the pair's and device's failures forgotten. */
export async function settleSuccess(sql: SqlRunner, reservation: Extract<Reservation, { kind: 'allowed' }>): Promise<void> {
  await sql.batch(
    reservation.counted.map(([bucket, start]) =>
      /^(pair|device):/.test(bucket)
        ? [`DELETE FROM sign_in_counts WHERE bucket = ?`, [bucket]]
        : [`UPDATE sign_in_counts SET count = count - 1 WHERE bucket = ? AND window_start = ? AND count > 0`, [bucket, start]],
    ),
  );
}
