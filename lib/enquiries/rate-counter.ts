import type { EnquiryConfig } from './config';
import type { RateCounter } from './rate-limit';

// The table is created by migration 2 (store/migrations.ts), which the store runs before this is opened.
const UPSERT = `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
  ON CONFLICT (bucket, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count`;

/** Counts in the enquiry database: shared by every server on one PostgreSQL; with SQLite, by the processes on one file. */
export async function openRateCounter(database: EnquiryConfig['database']): Promise<RateCounter> {
  return database.kind === 'postgres' ? postgresCounter(database.url) : sqliteCounter(database.path);
}

async function sqliteCounter(path: string): Promise<RateCounter> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  const upsert = db.prepare<[string, number], { count: number }>(UPSERT.replace('$1', '?').replace('$2', '?'));
  const prune = db.prepare<[number]>(`DELETE FROM rate_limits WHERE window_start < ?`);
  return {
    async increment(bucket, windowStart) {
      return upsert.get(bucket, windowStart)!.count;
    },
    async prune(before) {
      prune.run(before);
    },
    async close() {
      db.close();
    },
  };
}

async function postgresCounter(url: string): Promise<RateCounter> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
  pool.on('error', (error) => console.error('[enquiries] PostgreSQL connection error (rate limits):', error.message));
  return {
    async increment(bucket, windowStart) {
      const { rows } = await pool.query<{ count: number }>(UPSERT, [bucket, windowStart]);
      return Number(rows[0]!.count);
    },
    async prune(before) {
      await pool.query(`DELETE FROM rate_limits WHERE window_start < $1`, [before]);
    },
    async close() {
      await pool.end();
    },
  };
}
