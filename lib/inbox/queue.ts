import type { SqlRunner } from '@/lib/enquiries/store/store';
import {
  INBOX_SELECT,
  isEnquiryStatus,
  isOverdue,
  OPEN_STATUSES,
  toInboxEnquiry,
  type EnquiryStatus,
  type InboxEnquiry,
  type InboxRow,
} from './case-store';
import { likePattern, searchTerms } from './search';
import type { StaffUser } from './store';
import { isTriageId, type TriageId } from './triage';

/**
 * The queue: enquiries that wait past their due time first (most overdue, that is oldest, first), then the rest
 * newest first; paged by keyset (the last row's sort key), not by offset. The moment the first page is read is
 * carried in the cursor: it sets the overdue cut and the newest enquiry of the walk, so enquiries arriving meanwhile
 * never shift or join a later page (they wait at the top of the first), and the order of one walk never changes.
 */
export const PAGE_SIZE = 25;

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** Owner filter: anyone (null), the signed-in member of staff, nobody, or an account id. */
export type OwnerFilter = null | 'me' | 'none' | { id: string };
export type Cursor = { asOf: number; group: 0 | 1; key: string; id: string };
export type QueueFilters = {
  status: EnquiryStatus | null;
  triage: TriageId | null;
  owner: OwnerFilter;
  overdue: boolean;
  search: string;
  after: Cursor | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.asOf, c.group, c.key, c.id])).toString('base64url');
}

/** A cursor from the address, or null for anything that is not one this code wrote (the first page then). */
export function decodeCursor(value: string): Cursor | null {
  try {
    const [asOf, group, key, id] = JSON.parse(Buffer.from(value, 'base64url').toString()) as unknown[];
    if (typeof asOf !== 'number' || !Number.isFinite(asOf) || (group !== 0 && group !== 1)) return null;
    if (typeof key !== 'string' || Number.isNaN(Date.parse(key)) || typeof id !== 'string' || !UUID.test(id)) return null;
    return { asOf, group, key: new Date(key).toISOString(), id };
  } catch {
    return null;
  }
}

/** The queue's filters, read from its GET form; anything unknown is dropped. */
export function queueFilters(params: Params): QueueFilters {
  const status = one(params.status);
  const triage = one(params.triage);
  const owner = one(params.owner);
  return {
    status: isEnquiryStatus(status) ? status : null,
    triage: isTriageId(triage) ? triage : null,
    owner: owner === 'me' || owner === 'none' ? owner : UUID.test(owner) ? { id: owner } : null,
    overdue: one(params.overdue) === '1',
    search: one(params.q).trim().slice(0, 200),
    after: decodeCursor(one(params.after).slice(0, 300)),
  };
}

/** The query string of a set of filters (for the pager and the export links); empty values left out. */
export function filterQuery(filters: QueueFilters, overrides: Partial<Record<'after' | 'format', string>> = {}): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.triage) query.set('triage', filters.triage);
  if (filters.owner) query.set('owner', typeof filters.owner === 'string' ? filters.owner : filters.owner.id);
  if (filters.overdue) query.set('overdue', '1');
  if (filters.search) query.set('q', filters.search);
  for (const [key, value] of Object.entries(overrides)) if (value) query.set(key, value);
  return query.toString();
}

const OVERDUE = `(e.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}) AND e.due_at IS NOT NULL AND e.due_at < ?)`;

type Where = { clauses: string[]; params: unknown[] };
const and = (w: Where, clause: string, ...params: unknown[]): Where => ({
  clauses: [...w.clauses, clause],
  params: [...w.params, ...params],
});

function where(filters: QueueFilters, user: StaffUser): Where {
  let w: Where = { clauses: [], params: [] };
  if (filters.status) w = and(w, 'e.status = ?', filters.status);
  if (filters.triage) w = and(w, 'e.triage = ?', filters.triage);
  if (filters.owner === 'none') w = and(w, 'e.owner_id IS NULL');
  else if (filters.owner) w = and(w, 'e.owner_id = ?', filters.owner === 'me' ? user.id : filters.owner.id);
  for (const term of searchTerms(filters.search)) w = and(w, `e.search_text LIKE ? ESCAPE '\\'`, likePattern(term));
  return w;
}

const whereText = (w: Where) => (w.clauses.length ? ` WHERE ${w.clauses.join(' AND ')}` : '');

async function rows(sql: SqlRunner, w: Where, order: string, limit: number | null): Promise<InboxEnquiry[]> {
  const text = `${INBOX_SELECT}${whereText(w)} ORDER BY ${order}${limit === null ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`}`;
  return (await sql.all<InboxRow>(text, w.params)).map(toInboxEnquiry);
}

/** The enquiries the filters select in queue order, from the cursor on: `limit` of them, or all (null: an export). */
export async function queueRows(
  sql: SqlRunner,
  filters: QueueFilters,
  user: StaffUser,
  now: Date,
  limit: number | null,
): Promise<InboxEnquiry[]> {
  const cursor = filters.after;
  const asOf = new Date(cursor?.asOf ?? now.getTime());
  const base = where(filters, user);
  const out: InboxEnquiry[] = [];
  // Due times follow arrival (working days counted from the day received), so oldest first is most overdue first.
  if (!cursor || cursor.group === 0) {
    let w = and(base, OVERDUE, asOf);
    if (cursor) w = and(w, '(e.created_at > ? OR (e.created_at = ? AND e.id > ?))', new Date(cursor.key), new Date(cursor.key), cursor.id);
    out.push(...(await rows(sql, w, 'e.created_at, e.id', limit)));
  }
  if (filters.overdue || (limit !== null && out.length >= limit)) return out;
  let w = and(and(base, `NOT ${OVERDUE}`, asOf), 'e.created_at <= ?', asOf);
  if (cursor?.group === 1)
    w = and(w, '(e.created_at < ? OR (e.created_at = ? AND e.id < ?))', new Date(cursor.key), new Date(cursor.key), cursor.id);
  out.push(...(await rows(sql, w, 'e.created_at DESC, e.id DESC', limit === null ? null : limit - out.length)));
  return out;
}

export type QueuePage = {
  items: InboxEnquiry[];
  /** How many the filters select, and how many of those are overdue. */
  total: number;
  overdue: number;
  /** When the overdue cut was taken (the first page's time), which every page of this walk uses. */
  asOf: Date;
  /** The next page's cursor, or null on the last page. */
  next: string | null;
  first: boolean;
};

/** One page of the queue. */
export async function queuePage(sql: SqlRunner, filters: QueueFilters, user: StaffUser, now: Date, size = PAGE_SIZE): Promise<QueuePage> {
  const asOf = new Date(filters.after?.asOf ?? now.getTime());
  const fetched = await queueRows(sql, filters, user, now, size + 1);
  const items = fetched.slice(0, size);
  const last = items.at(-1);
  const base = where(filters, user);
  const count = async (w: Where) =>
    Number((await sql.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM enquiries e${whereText(w)}`, w.params))[0]!.n);
  const overdue = await count(and(base, OVERDUE, asOf));
  const total = filters.overdue ? overdue : await count(base);
  const next =
    fetched.length > size && last
      ? encodeCursor({ asOf: asOf.getTime(), group: isOverdue(last, asOf) ? 0 : 1, key: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items, total, overdue, asOf, next, first: filters.after === null };
}
