import type { SqlRunner } from '@/lib/enquiries/store/store';

// The anonymous assessment counts the dashboard shows (migration 3): totals per day, metric and outcome id.

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
