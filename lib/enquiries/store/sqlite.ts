import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { EnquiryStore } from './store';
import { MIGRATIONS } from './migrations';
import { derivedColumns } from './derived';
import { newReference, toDelivery, toEnquiry, type DeliveryRow, type EnquiryRow } from './rows';
import type { Channel, NewEnquiry } from '../types';

const iso = (d: Date) => d.toISOString();

/** The default store: one SQLite file, written with full sync so a confirmed enquiry survives a crash. */
export function openSqliteStore(path: string): EnquiryStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Several processes (web servers, the command line) may share the file: wait for a lock instead of failing.
  db.pragma('busy_timeout = 5000');

  // Statements are prepared on first use: the tables exist only once migrate() has run.
  const cache = new Map<string, Database.Statement>();
  const sql = <P extends unknown[] = unknown[], R = unknown>(text: string) => {
    let statement = cache.get(text);
    if (!statement) cache.set(text, (statement = db.prepare(text)));
    return statement as Database.Statement<P, R>;
  };

  const insertEnquiry = () =>
    sql<[Record<string, unknown>]>(`
    INSERT INTO enquiries (id, reference, idempotency_key, created_at, locale, name, company, email, phone, wechat,
      preferred_language, message, consent_at, result_url, ruleset_version, answers, classification, due_at, triage, search_text)
    VALUES (@id, @reference, @idempotency_key, @created_at, @locale, @name, @company, @email, @phone, @wechat,
      @preferred_language, @message, @consent_at, @result_url, @ruleset_version, @answers, @classification, @due_at, @triage,
      @search_text)
    ON CONFLICT (idempotency_key) DO NOTHING`);
  const insertDelivery = () =>
    sql<[string, string, string]>(`INSERT INTO deliveries (enquiry_id, channel, next_attempt_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`);
  const byKey = { get: (key: string) => sql<[string], EnquiryRow>(`SELECT * FROM enquiries WHERE idempotency_key = ?`).get(key) };

  const insert = db.transaction((enquiry: NewEnquiry, channels: readonly Channel[], now: Date) => {
    const existing = byKey.get(enquiry.idempotencyKey);
    if (existing) return { enquiry: toEnquiry(existing), created: false };
    const id = randomUUID();
    const reference = newReference();
    const derived = derivedColumns({ ...enquiry, reference }, now);
    insertEnquiry().run({
      id,
      reference,
      idempotency_key: enquiry.idempotencyKey,
      created_at: iso(now),
      locale: enquiry.locale,
      name: enquiry.name,
      company: enquiry.company,
      email: enquiry.email,
      phone: enquiry.phone,
      wechat: enquiry.wechat,
      preferred_language: enquiry.preferredLanguage,
      message: enquiry.message,
      consent_at: iso(now),
      result_url: enquiry.result?.url ?? null,
      ruleset_version: enquiry.result?.rulesetVersion ?? null,
      answers: enquiry.result ? JSON.stringify(enquiry.result.answers) : null,
      classification: enquiry.result?.classification ? JSON.stringify(enquiry.result.classification) : null,
      due_at: iso(derived.dueAt),
      triage: derived.triage,
      search_text: derived.searchText,
    });
    for (const channel of channels) insertDelivery().run(id, channel, iso(now));
    return { enquiry: toEnquiry(byKey.get(enquiry.idempotencyKey)!), created: true };
  });

  const claim = db.transaction((now: Date, leaseUntil: Date, limit: number) => {
    const rows = sql<[string, string, string, number], DeliveryRow>(
      `UPDATE deliveries SET locked_until = ?, attempts = attempts + 1
         WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?
           AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at, id LIMIT ?)
         RETURNING *`,
    ).all(iso(leaseUntil), iso(now), iso(now), limit);
    const enquiry = sql<[string], EnquiryRow>(`SELECT * FROM enquiries WHERE id = ?`);
    return rows.map((row) => ({ delivery: toDelivery(row), enquiry: toEnquiry(enquiry.get(row.enquiry_id)!) }));
  });

  const param = (value: unknown) => (value instanceof Date ? iso(value) : value);
  const params = (values: readonly unknown[]) => values.map(param);
  const batch = db.transaction((statements: ReadonlyArray<readonly [string, readonly unknown[]]>) => {
    for (const [text, values] of statements) sql(text).run(...params(values));
  });

  return {
    kind: 'sqlite',
    sql: {
      async all<R>(text: string, values: readonly unknown[] = []) {
        return sql<unknown[], R>(text).all(...params(values));
      },
      async run(text, values = []) {
        return sql(text).run(...params(values)).changes;
      },
      async batch(statements) {
        batch.immediate(statements);
      },
    },
    async migrate() {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      // IMMEDIATE takes the write lock first, so two processes starting together apply each migration once.
      db.transaction(() => {
        const applied = new Set(
          sql<[], { version: number }>(`SELECT version FROM schema_migrations`)
            .all()
            .map((r) => r.version),
        );
        for (const m of MIGRATIONS) {
          if (applied.has(m.version)) continue;
          db.exec(m.sqlite);
          sql(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, iso(new Date()));
        }
      }).immediate();
    },
    async insert(enquiry, channels, now) {
      return insert.immediate(enquiry, channels, now);
    },
    async list(since) {
      const rows = since
        ? sql<[string], EnquiryRow>(`SELECT * FROM enquiries WHERE created_at >= ? ORDER BY created_at, id`).all(iso(since))
        : sql<[], EnquiryRow>(`SELECT * FROM enquiries ORDER BY created_at, id`).all();
      return rows.map(toEnquiry);
    },
    async findByReference(reference) {
      const row = sql<[string], EnquiryRow>(`SELECT * FROM enquiries WHERE reference = ?`).get(reference);
      return row ? toEnquiry(row) : null;
    },
    async findByIdempotencyKey(key) {
      const row = byKey.get(key);
      return row ? toEnquiry(row) : null;
    },
    async deleteOlderThan(cutoff) {
      return sql(`DELETE FROM enquiries WHERE created_at < ?`).run(iso(cutoff)).changes;
    },
    async claimDue(now, leaseUntil, limit) {
      return claim.immediate(now, leaseUntil, limit);
    },
    async markDelivered(id, now) {
      sql(`UPDATE deliveries SET status = 'delivered', delivered_at = ?, locked_until = NULL, last_error = NULL WHERE id = ?`).run(
        iso(now),
        id,
      );
    },
    async markFailed(id, error, retryAt) {
      if (retryAt) {
        sql(`UPDATE deliveries SET next_attempt_at = ?, locked_until = NULL, last_error = ? WHERE id = ?`).run(iso(retryAt), error, id);
      } else {
        sql(`UPDATE deliveries SET status = 'failed', locked_until = NULL, last_error = ? WHERE id = ?`).run(error, id);
      }
    },
    async retryFailed(now) {
      return sql(`UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE status = 'failed'`).run(iso(now))
        .changes;
    },
    async deliveries() {
      return sql<[], DeliveryRow>(`SELECT * FROM deliveries ORDER BY id`).all().map(toDelivery);
    },
    async close() {
      db.close();
    },
  };
}
