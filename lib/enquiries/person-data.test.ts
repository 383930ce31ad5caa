import { afterEach, describe, expect, it } from 'vitest';
import { addNote, allEnquiries, caseRecords, changeStatus } from '@/lib/inbox/case-store';
import { queueFilters, queueRows } from '@/lib/inbox/queue';
import { addUser } from '@/lib/inbox/store';
import { toCsv } from './export';
import {
  deletePersonData,
  deletionLog,
  deletionPlan,
  exportPerson,
  personEnquiries,
  personOf,
  purgeOlderThan,
  samePhone,
} from './person-data';
import { fillDerivedColumns } from './store/derived';
import type { EnquiryStore } from './store/store';
import { sampleEnquiry, storeKinds } from './testing/fixtures';

const T0 = new Date('2026-11-02T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('one phone number', () => {
  it('is the same digits, or from 8 digits on one ending with the other (with or without the country code)', () => {
    expect(samePhone('8613800000000', '13800000000')).toBe(true);
    expect(samePhone('13800000000', '13800000000')).toBe(true);
    expect(samePhone('4413800000000', '8613800000001')).toBe(false);
    expect(samePhone('1234567', '81234567')).toBe(false);
    expect(samePhone('', '')).toBe(false);
  });
});

describe.each(storeKinds())('one person’s data on $name', { timeout: 60_000 }, (kind) => {
  const opened: EnquiryStore[] = [];
  afterEach(async () => Promise.all(opened.splice(0).map((s) => s.close())));
  async function setUp() {
    const s = (await kind.create())();
    opened.push(s);
    await s.migrate();
    const me = (await addUser(s.sql, 'desk@consultancy.test', 'x', T0, 'owner'))!;
    // Li Wei wrote twice, once by e-mail and once by phone only (written differently); someone else once.
    const first = (await s.insert(sampleEnquiry({ email: 'Li.Wei@Example.com', phone: '+86 138 0000 0000' }), ['email', 'webhook'], T0))
      .enquiry;
    const second = (
      await s.insert(sampleEnquiry({ email: '', phone: '86-138-0000-0000', message: 'Second question' }), ['email'], at(60_000))
    ).enquiry;
    const other = (await s.insert(sampleEnquiry({ name: 'Ann', email: 'ann@example.org', phone: '' }), ['email'], at(120_000))).enquiry;
    await changeStatus(s.sql, first.id, 'in-progress', me.email, at(180_000));
    await addNote(s.sql, first.id, 'Called back.', me.email, at(240_000));
    return { s, me, first, second, other };
  }
  const everything = async (s: EnquiryStore) =>
    JSON.stringify(await s.sql.all(`SELECT * FROM enquiries`)) +
    JSON.stringify(await s.sql.all(`SELECT * FROM enquiry_events`)) +
    JSON.stringify(await s.sql.all(`SELECT * FROM deliveries`));

  it('finds a person by e-mail (any case) or phone (any spelling), and exports all they sent with status and history', async () => {
    const { s, first, second } = await setUp();
    expect((await personEnquiries(s.sql, personOf(first))).map((e) => e.reference)).toEqual([first.reference, second.reference]);
    expect((await personEnquiries(s.sql, personOf({ email: 'LI.WEI@example.com', phone: '' }))).map((e) => e.reference)).toEqual([
      first.reference,
    ]);
    const data = JSON.parse(await exportPerson(s.sql, personOf(first), at(300_000)));
    expect(data.exportedAt).toBe(at(300_000).toISOString());
    expect(data.enquiries.map((e: { reference: string }) => e.reference)).toEqual([first.reference, second.reference]);
    const [one] = data.enquiries;
    expect(one).toMatchObject({ name: 'Li Wei', email: 'Li.Wei@Example.com', status: 'in-progress', owner: null, triage: 'blocked' });
    expect(one.history.map((h: { kind: string }) => h.kind)).toEqual(['status', 'note']);
    expect(one.deliveries.map((d: { channel: string; status: string }) => [d.channel, d.status])).toEqual([
      ['email', 'pending'],
      ['webhook', 'pending'],
    ]);
    expect(one.idempotencyKey).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain('Ann');
  });

  it('deletes one enquiry: gone from the queue, search, export and database, pending deliveries cancelled, the log kept', async () => {
    const { s, me, first, second } = await setUp();
    const plan = await deletionPlan(s.sql, { kind: 'enquiry', reference: first.reference });
    expect(plan.enquiries.map((e) => e.reference)).toEqual([first.reference]);
    expect(plan.deliveries.get(first.id)!.map((d) => d.status)).toEqual(['pending', 'pending']);
    const deleted = await deletePersonData(s.sql, plan.scope, [first.reference], me.email, at(400_000));
    expect(deleted).toEqual([first.reference]);
    const all = queueFilters({});
    expect((await queueRows(s.sql, all, me, at(500_000), null)).map((e) => e.reference)).not.toContain(first.reference);
    expect(await queueRows(s.sql, { ...all, search: 'Called back' }, me, at(500_000), null)).toEqual([]);
    expect(toCsv(await caseRecords(s.sql, await allEnquiries(s.sql)))).not.toContain(first.reference);
    const rows = await everything(s);
    for (const gone of [first.reference, first.id, 'Called back.']) expect(rows).not.toContain(gone);
    // The outbox has nothing left to send for it.
    const due = (await s.claimDue(at(1e9), at(2e9), 10)).map((c) => c.enquiry.reference);
    expect(due).toHaveLength(2);
    expect(due).not.toContain(first.reference);
    expect(due).toContain(second.reference);
    expect(await deletionLog(s.sql)).toEqual([{ at: at(400_000), actor: me.email, reference: first.reference, scope: 'enquiry' }]);
    const [logRow] = await s.sql.all<Record<string, unknown>>(`SELECT * FROM deletion_log`);
    expect(Object.keys(logRow!).sort()).toEqual(['actor', 'at', 'id', 'reference', 'scope']);
  });

  it('deletes all of a person’s enquiries that the confirmation named, and nothing else', async () => {
    const { s, me, first, second, other } = await setUp();
    const scope = { kind: 'person', person: personOf(first) } as const;
    // A third enquiry from them arrives after the confirmation page was shown: it is not deleted unseen.
    const late = (await s.insert(sampleEnquiry({ email: 'li.wei@example.com' }), [], at(300_000))).enquiry;
    expect(await deletePersonData(s.sql, scope, [first.reference, second.reference], me.email, at(400_000))).toEqual([
      first.reference,
      second.reference,
    ]);
    expect((await allEnquiries(s.sql)).map((e) => e.reference).sort()).toEqual([other.reference, late.reference].sort());
    expect((await deletionLog(s.sql)).map((d) => [d.reference, d.scope]).sort()).toEqual(
      [
        [first.reference, 'person'],
        [second.reference, 'person'],
      ].sort(),
    );
    expect(await deletePersonData(s.sql, scope, [first.reference], me.email, at(500_000))).toEqual([]);
    expect(
      JSON.parse(await exportPerson(s.sql, personOf(first), at(600_000))).enquiries.map((e: { reference: string }) => e.reference),
    ).toEqual([late.reference]);
  });

  it('purges by age with a log entry per reference, and fills the derived columns of enquiries stored before them', async () => {
    const { s, first } = await setUp();
    expect(await purgeOlderThan(s.sql, at(30_000), at(1e6))).toBe(1);
    expect(await deletionLog(s.sql)).toEqual([{ at: at(1e6), actor: 'retention period', reference: first.reference, scope: 'retention' }]);
    await s.sql.run(`UPDATE enquiries SET search_text = NULL, due_at = NULL, triage = NULL`);
    expect(await fillDerivedColumns(s.sql)).toBe(2);
    expect(await fillDerivedColumns(s.sql)).toBe(0);
    const [row] = await s.sql.all<{ search_text: string; triage: string; due_at: unknown }>(
      `SELECT search_text, triage, due_at FROM enquiries WHERE name = 'Ann'`,
    );
    expect(row!.search_text).toContain('ann@example.org');
    expect(row!.triage).toBe('blocked');
    expect(row!.due_at).not.toBeNull();
  });
});
