import { promisedReplyBy } from '@/lib/inbox/working-days';
import { searchTextOf } from '@/lib/inbox/search';
import { triageOf } from '@/lib/inbox/triage';
import type { StoredEnquiry } from '../types';
import { toEnquiry, type EnquiryRow } from './rows';
import type { SqlRunner } from './store';

/** Columns worked out from what was sent, written with the enquiry so the queue can filter, sort and search in SQL. */
export type Derived = { dueAt: Date; triage: string; searchText: string };

/**
 * The reply's due time (the site's promise, in working days: lib/inbox/working-days.ts), the triage mark of the
 * stored classification, and the search text.
 */
export function derivedColumns(
  enquiry: Pick<StoredEnquiry, 'result' | keyof Parameters<typeof searchTextOf>[0]>,
  receivedAt: Date,
): Derived {
  return { dueAt: promisedReplyBy(receivedAt), triage: triageOf(enquiry).id, searchText: searchTextOf(enquiry) };
}

/**
 * Fills the derived columns of enquiries stored before they existed (migration 5), a few hundred at a time;
 * returns how many. Run when the store is opened (lib/enquiries/store/index.ts); does nothing once all are filled.
 */
export async function fillDerivedColumns(sql: SqlRunner): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await sql.all<EnquiryRow>(`SELECT * FROM enquiries WHERE search_text IS NULL ORDER BY id LIMIT 200`);
    if (rows.length === 0) return filled;
    await sql.batch(
      rows.map((row) => {
        const enquiry = toEnquiry(row);
        const d = derivedColumns(enquiry, enquiry.createdAt);
        return [`UPDATE enquiries SET due_at = ?, triage = ?, search_text = ? WHERE id = ?`, [d.dueAt, d.triage, d.searchText, enquiry.id]];
      }),
    );
    filled += rows.length;
  }
}
