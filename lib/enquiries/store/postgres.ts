import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EnquiryStore } from './store';
import { MIGRATIONS } from './migrations';
import { derivedColumns } from './derived';
import { newReference, toDelivery, toEnquiry, type DeliveryRow, type EnquiryRow } from './rows';

// Any constant: serialises migrations when several web servers start at once.
const MIGRATION_LOCK = 7_420_251;

/** The shared store for several web servers: PostgreSQL at `DATABASE_URL`. */
export function openPostgresStore(connectionString: string): EnquiryStore {
  const pool = new pg.Pool({ connectionString, max: 5, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not take the web server down; the next query reconnects.
  pool.on('error', (error) => console.error('[enquiries] PostgreSQL connection error:', error.message));

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const enquiryById = async (client: pg.PoolClient | pg.Pool, column: 'id' | 'idempotency_key' | 'reference', value: string) =>
    (await client.query<EnquiryRow>(`SELECT * FROM enquiries WHERE ${column} = $1`, [value])).rows[0];

  // The shared SQL is written with `?`; PostgreSQL numbers its placeholders.
  const numbered = (text: string) => {
    let n = 0;
    return text.replace(/\?/g, () => `$${++n}`);
  };

  return {
    kind: 'postgres',
    sql: {
      async all<R>(text: string, values: readonly unknown[] = []) {
        return (await pool.query(numbered(text), [...values])).rows as R[];
      },
      async run(text, values = []) {
        return (await pool.query(numbered(text), [...values])).rowCount ?? 0;
      },
      async batch(statements) {
        await transaction(async (client) => {
          for (const [text, values] of statements) await client.query(numbered(text), [...values]);
        });
      },
    },
    async migrate() {
      await transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await client.query(
          `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
        );
        const applied = new Set(
          (await client.query<{ version: number }>(`SELECT version FROM schema_migrations`)).rows.map((r) => r.version),
        );
        for (const m of MIGRATIONS) {
          if (applied.has(m.version)) continue;
          await client.query(m.postgres);
          await client.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())`, [m.version, m.name]);
        }
      });
    },
    async insert(enquiry, channels, now) {
      return transaction(async (client) => {
        const id = randomUUID();
        const reference = newReference();
        const derived = derivedColumns({ ...enquiry, reference }, now);
        const inserted = await client.query<EnquiryRow>(
          `INSERT INTO enquiries (id, reference, idempotency_key, created_at, locale, name, company, email, phone, wechat,
             preferred_language, message, consent_at, result_url, ruleset_version, answers, classification, due_at, triage, search_text)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $4, $13, $14, $15, $16, $17, $18, $19)
           ON CONFLICT (idempotency_key) DO NOTHING RETURNING *`,
          [
            id,
            reference,
            enquiry.idempotencyKey,
            now,
            enquiry.locale,
            enquiry.name,
            enquiry.company,
            enquiry.email,
            enquiry.phone,
            enquiry.wechat,
            enquiry.preferredLanguage,
            enquiry.message,
            enquiry.result?.url ?? null,
            enquiry.result?.rulesetVersion ?? null,
            enquiry.result ? JSON.stringify(enquiry.result.answers) : null,
            enquiry.result?.classification ? JSON.stringify(enquiry.result.classification) : null,
            derived.dueAt,
            derived.triage,
            derived.searchText,
          ],
        );
        const row = inserted.rows[0];
        if (!row) {
          // A concurrent insert with the same key commits first: ON CONFLICT waits for it, so the row is there now.
          return { enquiry: toEnquiry((await enquiryById(client, 'idempotency_key', enquiry.idempotencyKey))!), created: false };
        }
        for (const channel of channels) {
          await client.query(`INSERT INTO deliveries (enquiry_id, channel, next_attempt_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
            id,
            channel,
            now,
          ]);
        }
        return { enquiry: toEnquiry(row), created: true };
      });
    },
    async list(since) {
      const { rows } = since
        ? await pool.query<EnquiryRow>(`SELECT * FROM enquiries WHERE created_at >= $1 ORDER BY created_at, id`, [since])
        : await pool.query<EnquiryRow>(`SELECT * FROM enquiries ORDER BY created_at, id`);
      return rows.map(toEnquiry);
    },
    async findByReference(reference) {
      const row = await enquiryById(pool, 'reference', reference);
      return row ? toEnquiry(row) : null;
    },
    async findByIdempotencyKey(key) {
      const row = await enquiryById(pool, 'idempotency_key', key);
      return row ? toEnquiry(row) : null;
    },
    async deleteOlderThan(cutoff) {
      return (await pool.query(`DELETE FROM enquiries WHERE created_at < $1`, [cutoff])).rowCount ?? 0;
    },
    async claimDue(now, leaseUntil, limit) {
      return transaction(async (client) => {
        // SKIP LOCKED: two servers polling at once take different deliveries instead of waiting or doubling up.
        const { rows } = await client.query<DeliveryRow>(
          `UPDATE deliveries SET locked_until = $2, attempts = attempts + 1
           WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1
             AND (locked_until IS NULL OR locked_until <= $1) ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [now, leaseUntil, limit],
        );
        const claimed = [];
        for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
          claimed.push({ delivery: toDelivery(row), enquiry: toEnquiry((await enquiryById(client, 'id', row.enquiry_id))!) });
        }
        return claimed;
      });
    },
    async markDelivered(id, now) {
      await pool.query(
        `UPDATE deliveries SET status = 'delivered', delivered_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1`,
        [id, now],
      );
    },
    async markFailed(id, error, retryAt) {
      if (retryAt) {
        await pool.query(`UPDATE deliveries SET next_attempt_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1`, [
          id,
          retryAt,
          error,
        ]);
      } else {
        await pool.query(`UPDATE deliveries SET status = 'failed', locked_until = NULL, last_error = $2 WHERE id = $1`, [id, error]);
      }
    },
    async retryFailed(now) {
      return (
        (await pool.query(`UPDATE deliveries SET status = 'pending', attempts = 0, next_attempt_at = $1 WHERE status = 'failed'`, [now]))
          .rowCount ?? 0
      );
    },
    async deliveries() {
      return (await pool.query<DeliveryRow>(`SELECT * FROM deliveries ORDER BY id`)).rows.map(toDelivery);
    },
    async close() {
      await pool.end();
    },
  };
}
