import { randomUUID } from 'node:crypto';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@/lib/i18n/routing';

/**
 * Subscriptions to a result (migration 6), in the SQL both databases accept. A subscription holds the address, the
 * result code, the language, the dates given and the consent time; nothing else about the person. Until it is
 * confirmed (`consentAt` null) it only waits for its link, and it is forgotten after a few days.
 */
export type Subscription = {
  id: string;
  /** Trimmed and lower case. */
  email: string;
  /** What links and counts name instead of the address (links.ts addressKey). */
  addressKey: string;
  /** The result as issued, as the visitor watched it. */
  resultCode: string;
  locale: Locale;
  /** Dates for reminders, YYYY-MM-DD. */
  launch: string | null;
  granted: string | null;
  requestedAt: Date;
  /** When the confirmation link's button was pressed: the consent. Null while unconfirmed. */
  consentAt: Date | null;
  /** The result the subscriber was last sent (as issued, then the current one after each change notice). */
  basisCode: string;
  /** The ruleset version the basis was last compared with: notify acts only on versions it has not seen. */
  checkedVersion: string;
  /** Per dated duty, the deadline last reminded of: one reminder per deadline. */
  reminded: Readonly<Record<string, string>>;
};

type Row = {
  id: string;
  email: string;
  address_key: string;
  result_code: string;
  locale: string;
  launch_date: string | null;
  granted_date: string | null;
  requested_at: Date | string;
  consent_at: Date | string | null;
  basis_code: string;
  checked_version: string;
  reminded: string;
};

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

function toSubscription(r: Row): Subscription {
  let reminded: Record<string, string> = {};
  try {
    reminded = JSON.parse(r.reminded) as Record<string, string>;
  } catch {
    // A hand-edited row: remind again rather than fail.
  }
  return {
    id: r.id,
    email: r.email,
    addressKey: r.address_key,
    resultCode: r.result_code,
    locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE,
    launch: r.launch_date,
    granted: r.granted_date,
    requestedAt: date(r.requested_at),
    consentAt: r.consent_at === null ? null : date(r.consent_at),
    basisCode: r.basis_code,
    checkedVersion: r.checked_version,
    reminded,
  };
}

export type Statement = readonly [string, readonly unknown[]];

export type NewSubscription = Pick<Subscription, 'email' | 'addressKey' | 'resultCode' | 'locale' | 'launch' | 'granted'> & {
  version: string;
};

/** A new, unconfirmed subscription: its id and the statement that stores it (run with its confirmation message). */
export function newSubscription(s: NewSubscription, now: Date): { id: string; statement: Statement } {
  const id = randomUUID();
  return {
    id,
    statement: [
      `INSERT INTO watch_subscriptions (id, email, address_key, result_code, locale, launch_date, granted_date, requested_at,
         basis_code, checked_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, s.email, s.addressKey, s.resultCode, s.locale, s.launch, s.granted, now, s.resultCode, s.version],
    ],
  };
}

/** A subscription by id, or null. */
export async function findSubscription(sql: SqlRunner, id: string): Promise<Subscription | null> {
  const [row] = await sql.all<Row>(`SELECT * FROM watch_subscriptions WHERE id = ?`, [id]);
  return row ? toSubscription(row) : null;
}

/** Everything an address watches or has asked to, oldest first. */
export async function subscriptionsOf(sql: SqlRunner, addressKey: string): Promise<Subscription[]> {
  const rows = await sql.all<Row>(`SELECT * FROM watch_subscriptions WHERE address_key = ? ORDER BY requested_at, id`, [addressKey]);
  return rows.map(toSubscription);
}

/** Below every UUID: where a walk through the subscriptions starts (PostgreSQL compares ids as UUIDs). */
export const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** Confirmed subscriptions after `afterId` (ids in order), a page at a time: what notify and the reminders walk. */
export async function confirmedPage(sql: SqlRunner, afterId: string = FIRST_ID, limit = 200): Promise<Subscription[]> {
  const rows = await sql.all<Row>(
    `SELECT * FROM watch_subscriptions WHERE consent_at IS NOT NULL AND id > ? ORDER BY id LIMIT ${Math.floor(limit)}`,
    [afterId],
  );
  return rows.map(toSubscription);
}

/**
 * The statements that confirm a subscription still waiting (and not older than `cutoff`): the consent time is set,
 * and any other subscription of the same address to the same result goes (this one replaces it, with its dates).
 */
export function confirmStatements(s: Subscription, now: Date, cutoff: Date, checkedVersion: string, basisCode: string): Statement[] {
  return [
    [
      // Only when this one is still waiting: a second press of the button, or a stale link, replaces nothing.
      `DELETE FROM watch_subscriptions WHERE address_key = ? AND result_code = ? AND id <> ?
         AND EXISTS (SELECT 1 FROM watch_subscriptions w WHERE w.id = ? AND w.consent_at IS NULL AND w.requested_at >= ?)`,
      [s.addressKey, s.resultCode, s.id, s.id, cutoff],
    ],
    [
      `UPDATE watch_subscriptions SET consent_at = ?, checked_version = ?, basis_code = ? WHERE id = ? AND consent_at IS NULL AND requested_at >= ?`,
      [now, checkedVersion, basisCode, s.id, cutoff],
    ],
  ];
}

/** Deletes one subscription (its pending messages go with it); whether it existed. */
export async function deleteSubscription(sql: SqlRunner, id: string): Promise<boolean> {
  return (await sql.run(`DELETE FROM watch_subscriptions WHERE id = ?`, [id])) > 0;
}

/** Deletes everything an address watches, and every message to it; how many subscriptions. */
export async function deleteAddress(sql: SqlRunner, addressKey: string): Promise<number> {
  const [row] = await sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM watch_subscriptions WHERE address_key = ?`, [addressKey]);
  await sql.batch([
    [`DELETE FROM watch_messages WHERE address_key = ?`, [addressKey]],
    [`DELETE FROM watch_subscriptions WHERE address_key = ?`, [addressKey]],
  ]);
  return Number(row?.n ?? 0);
}

/** Forgets subscriptions never confirmed and asked for before `cutoff` (with their confirmation e-mail); how many. */
export async function forgetUnconfirmed(sql: SqlRunner, cutoff: Date): Promise<number> {
  return sql.run(`DELETE FROM watch_subscriptions WHERE consent_at IS NULL AND requested_at < ?`, [cutoff]);
}

/** The counts the staff dashboard shows: no address, no list. */
export type WatchCounts = { watchedResults: number; subscribers: number; subscriptions: number; unconfirmed: number };

export async function watchCounts(sql: SqlRunner): Promise<WatchCounts> {
  const [row] = await sql.all<{
    results: number | string;
    subscribers: number | string;
    confirmed: number | string;
    waiting: number | string;
  }>(
    `SELECT COUNT(DISTINCT CASE WHEN consent_at IS NOT NULL THEN result_code END) AS results,
            COUNT(DISTINCT CASE WHEN consent_at IS NOT NULL THEN address_key END) AS subscribers,
            COUNT(consent_at) AS confirmed,
            COUNT(*) - COUNT(consent_at) AS waiting
       FROM watch_subscriptions`,
  );
  return {
    watchedResults: Number(row?.results ?? 0),
    subscribers: Number(row?.subscribers ?? 0),
    subscriptions: Number(row?.confirmed ?? 0),
    unconfirmed: Number(row?.waiting ?? 0),
  };
}
