import type { SqlRunner } from '@/lib/enquiries/store/store';
import { toEnquiry, type EnquiryRow } from '@/lib/enquiries/store/rows';
import type { CaseRecord } from '@/lib/enquiries/export';
import type { StoredEnquiry } from '@/lib/enquiries/types';
import { date } from './store';
import { isTriageId, type TriageId } from './triage';

/** What staff do with an enquiry: its status, owner and notes, each change recorded with who and when. */

export const ENQUIRY_STATUSES = ['new', 'in-progress', 'answered', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];
export const isEnquiryStatus = (value: unknown): value is EnquiryStatus => (ENQUIRY_STATUSES as readonly unknown[]).includes(value);
/** The statuses that still wait for a reply: only these can be overdue. */
export const OPEN_STATUSES: readonly EnquiryStatus[] = ['new', 'in-progress'];

/** The longest staff note kept (the form says so with maxlength). */
export const MAX_NOTE_LENGTH = 4000;

export type InboxEnquiry = StoredEnquiry & {
  status: EnquiryStatus;
  owner: { id: string; email: string } | null;
  /** When the reply is due (the site's promise in working days); null only before it is filled in. */
  dueAt: Date | null;
  triageId: TriageId;
};

export type EnquiryEvent =
  | { id: number; at: Date; actor: string; kind: 'status'; status: EnquiryStatus }
  | { id: number; at: Date; actor: string; kind: 'note'; note: string }
  | { id: number; at: Date; actor: string; kind: 'owner'; owner: string | null };

export type InboxRow = EnquiryRow & {
  status: string;
  owner_id: string | null;
  owner_email: string | null;
  due_at: Date | string | null;
  triage: string | null;
};

/** Every enquiry column, with its owner's e-mail. */
export const INBOX_SELECT = `SELECT e.*, u.email AS owner_email FROM enquiries e LEFT JOIN staff_users u ON u.id = e.owner_id`;

export function toInboxEnquiry(row: InboxRow): InboxEnquiry {
  return {
    ...toEnquiry(row),
    status: isEnquiryStatus(row.status) ? row.status : 'new',
    owner: row.owner_id && row.owner_email ? { id: row.owner_id, email: row.owner_email } : null,
    dueAt: row.due_at === null ? null : date(row.due_at),
    triageId: isTriageId(row.triage) ? row.triage : 'none',
  };
}

/** Whether an enquiry still waits for its reply after its due time. */
export const isOverdue = (e: Pick<InboxEnquiry, 'status' | 'dueAt'>, now: Date) =>
  OPEN_STATUSES.includes(e.status) && e.dueAt !== null && e.dueAt.getTime() < now.getTime();

export async function inboxEnquiry(sql: SqlRunner, reference: string): Promise<InboxEnquiry | null> {
  const [row] = await sql.all<InboxRow>(`${INBOX_SELECT} WHERE e.reference = ?`, [reference]);
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

/**
 * Gives an enquiry to a member of staff (by account id), or to nobody (null), recording who did it and when; false
 * when the enquiry or the account is not there. The history names the owner by e-mail, as it was at the time.
 */
export async function assignOwner(sql: SqlRunner, enquiryId: string, ownerId: string | null, actor: string, now: Date): Promise<boolean> {
  const [row] = await sql.all<{ owner_id: string | null }>(`SELECT owner_id FROM enquiries WHERE id = ?`, [enquiryId]);
  if (!row) return false;
  let email: string | null = null;
  if (ownerId !== null) {
    const [user] = await sql.all<{ email: string }>(`SELECT email FROM staff_users WHERE id = ?`, [ownerId]);
    if (!user) return false;
    email = user.email;
  }
  if (row.owner_id === ownerId) return true;
  await sql.batch([
    [`UPDATE enquiries SET owner_id = ? WHERE id = ?`, [ownerId, enquiryId]],
    [`INSERT INTO enquiry_events (enquiry_id, at, actor, kind, owner) VALUES (?, ?, ?, 'owner', ?)`, [enquiryId, now, actor, email]],
  ]);
  return true;
}

type EventRow = {
  id: number | string;
  enquiry_id: string;
  at: Date | string;
  actor: string;
  kind: string;
  status: string | null;
  note: string | null;
  owner: string | null;
};

function toEvent(r: EventRow): EnquiryEvent {
  const base = { id: Number(r.id), at: date(r.at), actor: r.actor };
  if (r.kind === 'note') return { ...base, kind: 'note', note: r.note ?? '' };
  if (r.kind === 'owner') return { ...base, kind: 'owner', owner: r.owner };
  return { ...base, kind: 'status', status: isEnquiryStatus(r.status) ? r.status : 'new' };
}

/** Status changes, owner changes and notes of an enquiry, oldest first. */
export async function history(sql: SqlRunner, enquiryId: string): Promise<EnquiryEvent[]> {
  return (await sql.all<EventRow>(`SELECT * FROM enquiry_events WHERE enquiry_id = ? ORDER BY id`, [enquiryId])).map(toEvent);
}

/** The histories of several enquiries (for an export), by enquiry id, each oldest first. */
export async function histories(sql: SqlRunner, enquiryIds: readonly string[]): Promise<Map<string, EnquiryEvent[]>> {
  const out = new Map<string, EnquiryEvent[]>(enquiryIds.map((id) => [id, []]));
  for (let i = 0; i < enquiryIds.length; i += 500) {
    const chunk = enquiryIds.slice(i, i + 500);
    const rows = await sql.all<EventRow>(
      `SELECT * FROM enquiry_events WHERE enquiry_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY id`,
      chunk,
    );
    for (const r of rows) out.get(r.enquiry_id)?.push(toEvent(r));
  }
  return out;
}

/** When each enquiry since `since` arrived (for the counts by week). */
export async function enquiryDates(sql: SqlRunner, since: Date): Promise<Date[]> {
  const rows = await sql.all<{ created_at: Date | string }>(`SELECT created_at FROM enquiries WHERE created_at >= ?`, [since]);
  return rows.map((r) => date(r.created_at));
}

/** Enquiries with their histories, ready for an export. */
export async function caseRecords(sql: SqlRunner, enquiries: readonly InboxEnquiry[]): Promise<CaseRecord[]> {
  const all = await histories(
    sql,
    enquiries.map((e) => e.id),
  );
  return enquiries.map((e) => ({ ...e, history: all.get(e.id) ?? [] }));
}

/** Every enquiry as the inbox sees it, oldest first; from `since` when given (the command's list and export). */
export async function allEnquiries(sql: SqlRunner, since?: Date): Promise<InboxEnquiry[]> {
  const rows = since
    ? await sql.all<InboxRow>(`${INBOX_SELECT} WHERE e.created_at >= ? ORDER BY e.created_at, e.id`, [since])
    : await sql.all<InboxRow>(`${INBOX_SELECT} ORDER BY e.created_at, e.id`);
  return rows.map(toInboxEnquiry);
}
