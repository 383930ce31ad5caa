import { caseRecords, INBOX_SELECT, toInboxEnquiry, type InboxEnquiry, type InboxRow } from '@/lib/inbox/case-store';
import { likePattern } from '@/lib/inbox/search';
import { caseJson } from './export';
import { toDelivery, type DeliveryRow } from './store/rows';
import type { SqlRunner } from './store/store';
import type { Delivery } from './types';
import { WATCH_PERSON_DATA } from '@/lib/watch/person-data';

/**
 * The visitor's rights over their data (Personal Information Protection Law, arts. 45 and 47): everything stored
 * about one person, found by e-mail or phone, exported or deleted. A person is who wrote with this e-mail address
 * (any case) or this phone number (any spelling of its digits, with or without the country code).
 *
 * PERSON_DATA is the one list of what the store keeps about a person: each source exports its share and deletes it
 * within the deletion's transaction. A new table holding personal data (e-mail subscriptions to results, issue 25)
 * adds a source here, and the export, the deletion and their tests then cover it.
 */
export type Person = { email: string; phone: string };

/** The person an enquiry came from. */
export const personOf = (e: { email: string; phone: string }): Person => ({
  email: e.email.trim().toLowerCase(),
  phone: e.phone.replace(/\D/g, ''),
});

/**
 * The same phone number: the same digits, or, from 8 digits on, one ending with the other, so a number given with and
 * without its country code ("+86 138 0000 0000", "13800000000") is one person's.
 */
export function samePhone(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= 8 && long.endsWith(short));
}

const matches = (p: Person, e: { email: string; phone: string }) => {
  const q = personOf(e);
  return (p.email !== '' && q.email === p.email) || samePhone(p.phone, q.phone);
};

/** Every enquiry of a person, oldest first. */
export async function personEnquiries(sql: SqlRunner, person: Person): Promise<InboxEnquiry[]> {
  const needles = [person.email, person.phone.length >= 5 ? person.phone.slice(-8) : ''].filter(Boolean);
  if (needles.length === 0) return [];
  // The search text holds the e-mail and the phone's digits: a cheap first cut, then an exact comparison.
  const rows = await sql.all<InboxRow>(
    `${INBOX_SELECT} WHERE ${needles.map(() => `e.search_text LIKE ? ESCAPE '\\'`).join(' OR ')} ORDER BY e.created_at, e.id`,
    needles.map(likePattern),
  );
  return rows.map(toInboxEnquiry).filter((e) => matches(person, e));
}

export type PersonScope = { kind: 'enquiry'; reference: string } | { kind: 'person'; person: Person };

/** One source of personal data: what it exports about a person, and the statements that delete it. */
export type PersonDataSource = {
  name: string;
  export(sql: SqlRunner, person: Person): Promise<unknown>;
  /** How many records it holds about the person, for a source other than the enquiries (the deletion lists them). */
  held?(sql: SqlRunner, person: Person): Promise<number>;
  /** Statements deleting this source's data, for the enquiries going (ids) and, when the whole person goes, the person. */
  deletions(enquiryIds: readonly string[], scope: PersonScope): Array<readonly [string, readonly unknown[]]>;
};

const inClause = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

export const PERSON_DATA: readonly PersonDataSource[] = [
  {
    name: 'enquiries',
    async export(sql, person) {
      const enquiries = await personEnquiries(sql, person);
      const records = await caseRecords(sql, enquiries);
      const deliveries = await deliveriesOf(
        sql,
        enquiries.map((e) => e.id),
      );
      return records.map((r) => ({
        ...caseJson(r),
        deliveries: (deliveries.get(r.id) ?? []).map((d) => ({ channel: d.channel, status: d.status, deliveredAt: d.deliveredAt })),
      }));
    },
    // Their history and deliveries go with them (ON DELETE CASCADE): a pending delivery is never sent.
    deletions: (ids) => (ids.length ? [[`DELETE FROM enquiries WHERE id IN ${inClause(ids.length)}`, ids]] : []),
  },
  WATCH_PERSON_DATA,
];

async function deliveriesOf(sql: SqlRunner, ids: readonly string[]): Promise<Map<string, Delivery[]>> {
  const out = new Map<string, Delivery[]>();
  if (ids.length === 0) return out;
  for (const row of await sql.all<DeliveryRow>(`SELECT * FROM deliveries WHERE enquiry_id IN ${inClause(ids.length)} ORDER BY id`, ids)) {
    const d = toDelivery(row);
    out.set(d.enquiryId, [...(out.get(d.enquiryId) ?? []), d]);
  }
  return out;
}

/** Everything stored about a person, as one JSON document (what the inbox and `npm run enquiries -- person` give). */
export async function exportPerson(sql: SqlRunner, person: Person, now: Date): Promise<string> {
  const data: Record<string, unknown> = { exportedAt: now.toISOString(), person };
  for (const source of PERSON_DATA) data[source.name] = await source.export(sql, person);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** What a deletion would remove: the enquiries, and where copies were sent that the site cannot delete. */
export type DeletionPlan = {
  scope: PersonScope;
  enquiries: InboxEnquiry[];
  deliveries: Map<string, Delivery[]>;
  /** For a whole person: what the other sources hold about them (e.g. 2 `resultAlerts`), deleted with the enquiries. */
  also: Array<{ name: string; count: number }>;
};

export async function deletionPlan(sql: SqlRunner, scope: PersonScope): Promise<DeletionPlan> {
  const enquiries =
    scope.kind === 'person'
      ? await personEnquiries(sql, scope.person)
      : (await sql.all<InboxRow>(`${INBOX_SELECT} WHERE e.reference = ?`, [scope.reference])).map(toInboxEnquiry);
  const also = scope.kind === 'person' ? await heldElsewhere(sql, scope.person) : [];
  return {
    scope,
    enquiries,
    deliveries: await deliveriesOf(
      sql,
      enquiries.map((e) => e.id),
    ),
    also,
  };
}

/** What the sources other than the enquiries hold about a person (e.g. 2 `resultAlerts`); those holding nothing left out. */
export async function heldElsewhere(sql: SqlRunner, person: Person): Promise<Array<{ name: string; count: number }>> {
  const held = [];
  for (const source of PERSON_DATA) if (source.held) held.push({ name: source.name, count: await source.held(sql, person) });
  return held.filter((h) => h.count > 0);
}

/**
 * Deletes what a confirmed plan named (only the references the staff member saw: one that arrived since is kept),
 * in one transaction, with one entry per reference in the deletion log: who, which reference, when, nothing else.
 * Returns the references deleted.
 */
export async function deletePersonData(
  sql: SqlRunner,
  scope: PersonScope,
  confirmed: readonly string[],
  actor: string,
  now: Date,
): Promise<string[]> {
  const plan = await deletionPlan(sql, scope);
  const going = plan.enquiries.filter((e) => confirmed.includes(e.reference));
  // A person may hold data elsewhere (result alerts) without any enquiry: that too is deleted on request.
  if (going.length === 0 && plan.also.length === 0) return [];
  const ids = going.map((e) => e.id);
  await sql.batch([
    ...PERSON_DATA.flatMap((source) => source.deletions(ids, scope)),
    ...going.map(
      (e) => [`INSERT INTO deletion_log (at, actor, reference, scope) VALUES (?, ?, ?, ?)`, [now, actor, e.reference, scope.kind]] as const,
    ),
  ]);
  return going.map((e) => e.reference);
}

export type DeletionEntry = { at: Date; actor: string; reference: string; scope: string };

/** The deletion log, newest first. */
export async function deletionLog(sql: SqlRunner, limit = 100): Promise<DeletionEntry[]> {
  const rows = await sql.all<{ at: Date | string; actor: string; reference: string; scope: string }>(
    `SELECT at, actor, reference, scope FROM deletion_log ORDER BY id DESC LIMIT ${Math.floor(limit)}`,
  );
  return rows.map((r) => ({ ...r, at: r.at instanceof Date ? r.at : new Date(r.at) }));
}

/** Deletes the enquiries received before `cutoff` (the retention period), logging each reference as `retention`; how many. */
export async function purgeOlderThan(sql: SqlRunner, cutoff: Date, now: Date): Promise<number> {
  const old = await sql.all<{ id: string; reference: string }>(`SELECT id, reference FROM enquiries WHERE created_at < ?`, [cutoff]);
  for (let i = 0; i < old.length; i += 500) {
    const chunk = old.slice(i, i + 500);
    await sql.batch([
      [`DELETE FROM enquiries WHERE id IN ${inClause(chunk.length)}`, chunk.map((e) => e.id)],
      ...chunk.map(
        (e) =>
          [
            `INSERT INTO deletion_log (at, actor, reference, scope) VALUES (?, ?, ?, ?)`,
            [now, 'retention period', e.reference, 'retention'],
          ] as const,
      ),
    ]);
  }
  return old.length;
}
