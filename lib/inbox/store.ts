import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import { toEnquiry, type EnquiryRow } from '@/lib/enquiries/store/rows';
import type { StoredEnquiry } from '@/lib/enquiries/types';

/**
 * The staff inbox's tables (migration 3), written once in the SQL both databases accept. Dates go in as Date
 * and come back as Date (PostgreSQL) or ISO text (SQLite): `date()` reads either.
 */

export const ENQUIRY_STATUSES = ['new', 'in-progress', 'answered', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const isEnquiryStatus = (value: unknown): value is EnquiryStatus => (ENQUIRY_STATUSES as readonly unknown[]).includes(value);

/** The longest staff note kept (the form says so with maxlength). */
export const MAX_NOTE_LENGTH = 4000;

export type StaffUser = { id: string; email: string; createdAt: Date };
export type InboxEnquiry = StoredEnquiry & { status: EnquiryStatus };
export type EnquiryEvent =
  | { id: number; at: Date; actor: string; kind: 'status'; status: EnquiryStatus }
  | { id: number; at: Date; actor: string; kind: 'note'; note: string };

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** E-mail addresses are compared trimmed and lower-cased: one person, one account. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

type UserRow = { id: string; email: string; password_hash: string; created_at: Date | string };
type InboxRow = EnquiryRow & { status: string };

function toInboxEnquiry(row: InboxRow): InboxEnquiry {
  return { ...toEnquiry(row), status: isEnquiryStatus(row.status) ? row.status : 'new' };
}

// ---- accounts

export async function addUser(sql: SqlRunner, email: string, passwordHash: string, now: Date): Promise<StaffUser | null> {
  const id = randomUUID();
  const changed = await sql.run(
    `INSERT INTO staff_users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
    [id, normaliseEmail(email), passwordHash, now],
  );
  return changed === 1 ? { id, email: normaliseEmail(email), createdAt: now } : null;
}

/** Changes a user's password and ends all their sessions. */
export async function setPassword(sql: SqlRunner, email: string, passwordHash: string): Promise<boolean> {
  const user = await findUser(sql, email);
  if (!user) return false;
  await sql.batch([
    [`UPDATE staff_users SET password_hash = ? WHERE id = ?`, [passwordHash, user.id]],
    [`DELETE FROM staff_sessions WHERE user_id = ?`, [user.id]],
  ]);
  return true;
}

/** Removes a user; their sessions go with them (ON DELETE CASCADE), so they are signed out at once. */
export async function removeUser(sql: SqlRunner, email: string): Promise<boolean> {
  const user = await findUser(sql, email);
  if (!user) return false;
  await sql.batch([
    [`DELETE FROM staff_sessions WHERE user_id = ?`, [user.id]],
    [`DELETE FROM staff_users WHERE id = ?`, [user.id]],
  ]);
  return true;
}

export async function listUsers(sql: SqlRunner): Promise<StaffUser[]> {
  const rows = await sql.all<UserRow>(`SELECT * FROM staff_users ORDER BY email`);
  return rows.map((r) => ({ id: r.id, email: r.email, createdAt: date(r.created_at) }));
}

export async function findUser(sql: SqlRunner, email: string): Promise<(StaffUser & { passwordHash: string }) | null> {
  const [row] = await sql.all<UserRow>(`SELECT * FROM staff_users WHERE email = ?`, [normaliseEmail(email)]);
  return row ? { id: row.id, email: row.email, createdAt: date(row.created_at), passwordHash: row.password_hash } : null;
}

// ---- sessions

export type SessionLimits = {
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
  /** A session ends after this long without a request. */
  idleMs: number;
};

export const SESSION_LIMITS: SessionLimits = { absoluteMs: 12 * 3_600_000, idleMs: 2 * 3_600_000 };

/** Starts a session; returns its id (only its hash is stored, so a copy of the database signs nobody in). */
export async function createSession(sql: SqlRunner, userId: string, now: Date, limits = SESSION_LIMITS): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await sql.run(`INSERT INTO staff_sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)`, [
    sha256(id),
    userId,
    now,
    now,
    new Date(now.getTime() + limits.absoluteMs),
  ]);
  return id;
}

/** The user of a live session (and marks it used), or null when it is unknown, ended, expired or idle too long. */
export async function sessionUser(sql: SqlRunner, sessionId: string, now: Date, limits = SESSION_LIMITS): Promise<StaffUser | null> {
  const hash = sha256(sessionId);
  const [row] = await sql.all<UserRow & { expires_at: Date | string; last_seen_at: Date | string; user_id: string }>(
    `SELECT u.id, u.email, u.created_at, u.password_hash, s.expires_at, s.last_seen_at, s.user_id
       FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.id_hash = ?`,
    [hash],
  );
  if (!row) return null;
  const lastSeen = date(row.last_seen_at).getTime();
  if (date(row.expires_at).getTime() <= now.getTime() || lastSeen + limits.idleMs <= now.getTime()) {
    await sql.run(`DELETE FROM staff_sessions WHERE id_hash = ?`, [hash]);
    return null;
  }
  // Written at most once a minute: reading the inbox should not mean a write per request.
  if (now.getTime() - lastSeen > 60_000) await sql.run(`UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?`, [now, hash]);
  return { id: row.id, email: row.email, createdAt: date(row.created_at) };
}

export async function endSession(sql: SqlRunner, sessionId: string): Promise<void> {
  await sql.run(`DELETE FROM staff_sessions WHERE id_hash = ?`, [sha256(sessionId)]);
}

/** Forgets sessions past their end; run now and then (sign-in does). */
export async function purgeSessions(sql: SqlRunner, now: Date, limits = SESSION_LIMITS): Promise<number> {
  return sql.run(`DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?`, [now, new Date(now.getTime() - limits.idleMs)]);
}

// ---- sign-in throttle

/** The latest lock among these keys, or null when none holds at `now`. */
export async function lockedUntil(sql: SqlRunner, keys: readonly string[], now: Date): Promise<Date | null> {
  const rows = await sql.all<{ locked_until: Date | string | null }>(
    `SELECT locked_until FROM sign_in_throttle WHERE key IN (${keys.map(() => '?').join(', ')}) AND locked_until IS NOT NULL`,
    keys,
  );
  const until = Math.max(0, ...rows.map((r) => date(r.locked_until!).getTime()));
  return until > now.getTime() ? new Date(until) : null;
}

/** Counts one failure on a key (starting again after `windowMs` without one); returns the count. */
export async function countFailure(sql: SqlRunner, key: string, now: Date, windowMs: number): Promise<number> {
  const [row] = await sql.all<{ failures: number | string }>(
    `INSERT INTO sign_in_throttle (key, failures, updated_at, locked_until) VALUES (?, 1, ?, NULL)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN sign_in_throttle.updated_at < ? THEN 1 ELSE sign_in_throttle.failures + 1 END,
       locked_until = CASE WHEN sign_in_throttle.updated_at < ? THEN NULL ELSE sign_in_throttle.locked_until END,
       updated_at = excluded.updated_at
     RETURNING failures`,
    [key, now, new Date(now.getTime() - windowMs), new Date(now.getTime() - windowMs)],
  );
  return Number(row!.failures);
}

export async function lockKey(sql: SqlRunner, key: string, until: Date): Promise<void> {
  await sql.run(`UPDATE sign_in_throttle SET locked_until = ? WHERE key = ?`, [until, key]);
}

export async function clearKeys(sql: SqlRunner, keys: readonly string[], now: Date, windowMs: number): Promise<void> {
  await sql.batch([
    [`DELETE FROM sign_in_throttle WHERE key IN (${keys.map(() => '?').join(', ')})`, keys],
    // Old rows are of no use: counts start again after the window anyway.
    [
      `DELETE FROM sign_in_throttle WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?)`,
      [new Date(now.getTime() - windowMs), now],
    ],
  ]);
}

// ---- the session secret

/**
 * A secret kept in the store, made on first use: several servers sharing the store agree on it, and a restart
 * keeps it. Two servers starting together both insert; the first wins and both read it back.
 */
export async function storedSecret(sql: SqlRunner, name: string): Promise<string> {
  await sql.run(`INSERT INTO app_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, [
    name,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await sql.all<{ value: string }>(`SELECT value FROM app_secrets WHERE name = ?`, [name]);
  return row!.value;
}

// ---- enquiries: status, notes, history

export type QueueQuery = { status?: EnquiryStatus; search?: string };

/** Enquiries newest first, with their status; by status, and by a search in name, company or reference. */
export async function queue(sql: SqlRunner, { status, search }: QueueQuery = {}): Promise<InboxEnquiry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (status) {
    where.push('status = ?');
    params.push(status);
  }
  const term = search?.trim().toLowerCase();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(`(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(company) LIKE ? ESCAPE '\\' OR LOWER(reference) LIKE ? ESCAPE '\\')`);
    params.push(like, like, like);
  }
  const rows = await sql.all<InboxRow>(
    `SELECT * FROM enquiries${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC`,
    params,
  );
  return rows.map(toInboxEnquiry);
}

export async function inboxEnquiry(sql: SqlRunner, reference: string): Promise<InboxEnquiry | null> {
  const [row] = await sql.all<InboxRow>(`SELECT * FROM enquiries WHERE reference = ?`, [reference]);
  return row ? toInboxEnquiry(row) : null;
}

/** Sets an enquiry's status and records who did it and when, in one transaction; false when it is not there. */
export async function changeStatus(sql: SqlRunner, enquiryId: string, status: EnquiryStatus, actor: string, now: Date): Promise<boolean> {
  const [row] = await sql.all<{ status: string }>(`SELECT status FROM enquiries WHERE id = ?`, [enquiryId]);
  if (!row) return false;
  if (row.status === status) return true;
  await sql.batch([
    [`UPDATE enquiries SET status = ? WHERE id = ?`, [status, enquiryId]],
    [`INSERT INTO enquiry_events (enquiry_id, at, actor, kind, status) VALUES (?, ?, ?, 'status', ?)`, [enquiryId, now, actor, status]],
  ]);
  return true;
}

export async function addNote(sql: SqlRunner, enquiryId: string, note: string, actor: string, now: Date): Promise<boolean> {
  const [row] = await sql.all<{ id: string }>(`SELECT id FROM enquiries WHERE id = ?`, [enquiryId]);
  if (!row) return false;
  await sql.run(`INSERT INTO enquiry_events (enquiry_id, at, actor, kind, note) VALUES (?, ?, ?, 'note', ?)`, [
    enquiryId,
    now,
    actor,
    note,
  ]);
  return true;
}

/** Status changes and notes of an enquiry, oldest first. */
export async function history(sql: SqlRunner, enquiryId: string): Promise<EnquiryEvent[]> {
  const rows = await sql.all<{
    id: number | string;
    at: Date | string;
    actor: string;
    kind: string;
    status: string | null;
    note: string | null;
  }>(`SELECT * FROM enquiry_events WHERE enquiry_id = ? ORDER BY id`, [enquiryId]);
  return rows.map((r) =>
    r.kind === 'note'
      ? { id: Number(r.id), at: date(r.at), actor: r.actor, kind: 'note', note: r.note ?? '' }
      : { id: Number(r.id), at: date(r.at), actor: r.actor, kind: 'status', status: isEnquiryStatus(r.status) ? r.status : 'new' },
  );
}

/** When each enquiry since `since` arrived (for the counts by week). */
export async function enquiryDates(sql: SqlRunner, since: Date): Promise<Date[]> {
  const rows = await sql.all<{ created_at: Date | string }>(`SELECT created_at FROM enquiries WHERE created_at >= ?`, [since]);
  return rows.map((r) => date(r.created_at));
}

// ---- anonymous assessment counts

export type CountRow = { day: string; metric: string; key: string; count: number };

/** Adds counts per day, metric and key (nothing else is stored: no answers, no addresses). */
export async function addCounts(sql: SqlRunner, rows: readonly CountRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql.batch(
    rows.map((r) => [
      `INSERT INTO assessment_counts (day, metric, key, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (day, metric, key) DO UPDATE SET count = assessment_counts.count + excluded.count`,
      [r.day, r.metric, r.key, r.count],
    ]),
  );
}

/** Totals per metric and key from `sinceDay` (YYYY-MM-DD) on. */
export async function countTotals(sql: SqlRunner, sinceDay: string): Promise<Array<{ metric: string; key: string; count: number }>> {
  const rows = await sql.all<{ metric: string; key: string; total: number | string }>(
    `SELECT metric, key, SUM(count) AS total FROM assessment_counts WHERE day >= ? GROUP BY metric, key ORDER BY metric, key`,
    [sinceDay],
  );
  return rows.map((r) => ({ metric: r.metric, key: r.key, count: Number(r.total) }));
}
