import { createHmac } from 'node:crypto';

/**
 * Enquiry rate limits: per client address, per e-mail, per phone number (each ENQUIRY_RATE_WINDOW_SECONDS)
 * and a site-wide ceiling per hour, so storage cannot be grown without bound by rotating any of them.
 * Counts are fixed windows kept by a RateCounter: in the database (rate-counter.ts), so several servers on
 * one PostgreSQL share them, or in memory (tests).
 */
export type LimitName = 'client' | 'email' | 'phone' | 'site';
export type LimitRule = { max: number; windowMs: number };
export type RateLimits = Record<LimitName, LimitRule>;

type Env = Record<string, string | undefined>;

function whole(env: Env, key: string, fallback: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${key} must be a whole number of at least 1 (got "${raw}")`);
  return Number(raw);
}

/** The limits, from environment variables (see the README). */
export function rateLimitsFromEnv(env: Env = process.env): RateLimits {
  const windowMs = whole(env, 'ENQUIRY_RATE_WINDOW_SECONDS', 3600) * 1000;
  return {
    client: { max: whole(env, 'ENQUIRY_RATE_LIMIT', 5), windowMs },
    email: { max: whole(env, 'ENQUIRY_EMAIL_LIMIT', 3), windowMs },
    phone: { max: whole(env, 'ENQUIRY_PHONE_LIMIT', 3), windowMs },
    site: { max: whole(env, 'ENQUIRY_SITE_LIMIT_PER_HOUR', 100), windowMs: 3_600_000 },
  };
}

/** Counts per bucket and window. `increment` is atomic: concurrent calls from any server each see their own count. */
export interface RateCounter {
  /** Adds one to the bucket's count in the window starting at `windowStart` (ms); returns the new count. */
  increment(bucket: string, windowStart: number): Promise<number>;
  /** Forgets windows that started before `before` (ms). */
  prune(before: number): Promise<void>;
  close(): Promise<void>;
}

/** A counter in this process's memory: for tests, or a single server without a database. */
export function createMemoryCounter(): RateCounter {
  const counts = new Map<string, number>();
  return {
    async increment(bucket, windowStart) {
      const key = `${windowStart} ${bucket}`;
      const next = (counts.get(key) ?? 0) + 1;
      counts.set(key, next);
      return next;
    },
    async prune(before) {
      for (const key of counts.keys()) if (Number(key.split(' ')[0]) < before) counts.delete(key);
    },
    async close() {},
  };
}

/** What one enquiry is counted against; e-mail and phone may be empty (not counted). */
export type LimitKeys = { client: string; email: string; phone: string };
export type Refusal = { limit: LimitName; retryAfterMinutes: number };

/** One spelling per e-mail and phone number, so "A@x.com " and "a@x.com" are one sender. */
export function limitKeysOf(client: string, email: string, phone: string): LimitKeys {
  return { client, email: email.trim().toLowerCase(), phone: phone.replace(/[^\d]/g, '') };
}

const ORDER: readonly LimitName[] = ['client', 'email', 'phone', 'site'];

/**
 * Counts an enquiry against each limit in turn (client, e-mail, phone, site) and stops at the first one it
 * exceeds, so a refused client does not use up the site's ceiling. Buckets are HMACs of the key under the
 * server secret: neither an address nor an e-mail is written to the counts.
 */
export function createRateLimiter(limits: RateLimits, counter: RateCounter, secret: Buffer, now: () => number = Date.now) {
  let pruned = 0;
  const bucket = (name: LimitName, key: string) =>
    `${name}:${createHmac('sha256', secret).update(`${name}\n${key}`).digest('base64url').slice(0, 22)}`;
  const longest = Math.max(...ORDER.map((name) => limits[name].windowMs));

  return {
    /** Counts one enquiry; the limit it exceeds (and when to try again), or null when it may be stored. */
    async consume(keys: LimitKeys): Promise<Refusal | null> {
      const t = now();
      if (t - pruned > longest) {
        pruned = t;
        await counter.prune(t - 2 * longest);
      }
      for (const name of ORDER) {
        const key = name === 'site' ? '' : keys[name];
        if (name !== 'site' && key === '') continue;
        const { max, windowMs } = limits[name];
        const start = t - (t % windowMs);
        if ((await counter.increment(bucket(name, key), start)) > max)
          return { limit: name, retryAfterMinutes: Math.max(1, Math.ceil((start + windowMs - t) / 60_000)) };
      }
      return null;
    },
    close: () => counter.close(),
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
