import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SqlRunner } from '@/lib/enquiries/store/store';

/**
 * The staff inbox's accounts, sessions and secrets (migrations 3 and 5), written once in the SQL both databases
 * accept. Dates go in as Date and come back as Date (PostgreSQL) or ISO text (SQLite): `date()` reads either.
 * Enquiry work (status, owner, notes, the queue) is in case-store.ts and queue.ts.
 */

export const STAFF_ROLES = ['owner', 'staff'] as const;
/** An owner also adds and removes staff accounts in the inbox. */
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (value: unknown): value is StaffRole => (STAFF_ROLES as readonly unknown[]).includes(value);

export type StaffUser = { id: string; email: string; role: StaffRole; createdAt: Date };

export const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** E-mail addresses are compared trimmed and lower-cased: one person, one account. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

type UserRow = { id: string; email: string; password_hash: string; role: string; created_at: Date | string };
const toUser = (r: UserRow): StaffUser => ({
  id: r.id,
  email: r.email,
  role: isStaffRole(r.role) ? r.role : 'staff',
  createdAt: date(r.created_at),
});

// ---- accounts

/** Adds an account; null when the address already has one. */
export async function addUser(
  sql: SqlRunner,
  email: string,
  passwordHash: string,
  now: Date,
  role: StaffRole = 'staff',
): Promise<StaffUser | null> {
  const id = randomUUID();
  const changed = await sql.run(
    `INSERT INTO staff_users (id, email, password_hash, created_at, role) VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
    [id, normaliseEmail(email), passwordHash, now, role],
  );
  return changed === 1 ? { id, email: normaliseEmail(email), role, createdAt: now } : null;
}

/** Changes a user's password and ends all their sessions (but `keepSession`, the one changing it). */
export async function setPassword(
  sql: SqlRunner,
  email: string,
  passwordHash: string,
  keepSession: string | null = null,
): Promise<boolean> {
  const user = await findUser(sql, email);
  if (!user) return false;
  await sql.batch([
    [`UPDATE staff_users SET password_hash = ? WHERE id = ?`, [passwordHash, user.id]],
    keepSession
      ? [`DELETE FROM staff_sessions WHERE user_id = ? AND id_hash <> ?`, [user.id, sha256(keepSession)]]
      : [`DELETE FROM staff_sessions WHERE user_id = ?`, [user.id]],
  ]);
  return true;
}

/** Sets an account's role; false when there is no such account. */
export async function setRole(sql: SqlRunner, email: string, role: StaffRole): Promise<boolean> {
  return (await sql.run(`UPDATE staff_users SET role = ? WHERE email = ?`, [role, normaliseEmail(email)])) === 1;
}

/** Removes a user; their sessions end at once and the enquiries they owned have no owner. */
export async function removeUser(sql: SqlRunner, email: string): Promise<boolean> {
  const user = await findUser(sql, email);
  if (!user) return false;
  await sql.batch([
    [`DELETE FROM staff_sessions WHERE user_id = ?`, [user.id]],
    [`UPDATE enquiries SET owner_id = NULL WHERE owner_id = ?`, [user.id]],
    [`DELETE FROM staff_users WHERE id = ?`, [user.id]],
  ]);
  return true;
}

export async function listUsers(sql: SqlRunner): Promise<StaffUser[]> {
  return (await sql.all<UserRow>(`SELECT * FROM staff_users ORDER BY email`)).map(toUser);
}

export async function findUser(sql: SqlRunner, email: string): Promise<(StaffUser & { passwordHash: string }) | null> {
  const [row] = await sql.all<UserRow>(`SELECT * FROM staff_users WHERE email = ?`, [normaliseEmail(email)]);
  return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
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
  const [row] = await sql.all<UserRow & { expires_at: Date | string; last_seen_at: Date | string }>(
    `SELECT u.id, u.email, u.role, u.created_at, u.password_hash, s.expires_at, s.last_seen_at
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
  return toUser(row);
}

export async function endSession(sql: SqlRunner, sessionId: string): Promise<void> {
  await sql.run(`DELETE FROM staff_sessions WHERE id_hash = ?`, [sha256(sessionId)]);
}

/** Forgets sessions past their end; run now and then (sign-in does). */
export async function purgeSessions(sql: SqlRunner, now: Date, limits = SESSION_LIMITS): Promise<number> {
  return sql.run(`DELETE FROM staff_sessions WHERE expires_at <= ? OR last_seen_at <= ?`, [now, new Date(now.getTime() - limits.idleMs)]);
}

// ---- secrets

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

const secrets = new WeakMap<SqlRunner, Map<string, Promise<string>>>();

/** storedSecret, read once per store and name in this process (a failed read is tried again next time). */
export function cachedSecret(sql: SqlRunner, name: string): Promise<string> {
  let byName = secrets.get(sql);
  if (!byName) secrets.set(sql, (byName = new Map()));
  let secret = byName.get(name);
  if (!secret) {
    secret = storedSecret(sql, name);
    secret.catch(() => byName.delete(name));
    byName.set(name, secret);
  }
  return secret;
}
