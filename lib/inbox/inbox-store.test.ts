import { afterEach, describe, expect, it } from 'vitest';
import { sampleEnquiry, storeKinds } from '@/lib/enquiries/testing/fixtures';
import type { EnquiryStore } from '@/lib/enquiries/store/store';
import { signIn } from './auth';
import { cheapHash as hashPassword } from './testing/cheap-passwords';
import { flushAssessmentCounts } from './counts-flush';
import { MAX_PENDING_KEYS, recordAssessmentEvent, takePendingCounts } from './counts';
import { addUser, endSession, listUsers, removeUser, sessionUser, setPassword, storedSecret } from './store';
import { addNote, assignOwner, changeStatus, history, inboxEnquiry } from './case-store';
import { countTotals } from './counts-store';
import { sampleClassification } from '@/lib/enquiries/testing/fixtures';

const T0 = new Date('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const LIMITS = { absoluteMs: 12 * 60 * MIN, idleMs: 120 * MIN };
const PASSWORD = 'correct horse battery';

describe.each(storeKinds())('staff inbox on $name', { timeout: 60_000 }, (kind) => {
  const opened: EnquiryStore[] = [];
  let open: (() => EnquiryStore) | undefined;
  async function store() {
    open ??= await kind.create();
    const s = open();
    opened.push(s);
    await s.migrate();
    return s;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    open = undefined;
  });

  async function withUser(email = 'Desk@Consultancy.test') {
    const s = await store();
    expect(await addUser(s.sql, email, await hashPassword(PASSWORD), T0, 'owner')).toMatchObject({
      email: email.toLowerCase(),
      role: 'owner',
    });
    return s;
  }
  const attempt = (s: EnquiryStore, password: string, when: Date, client = '203.0.113.7', email = 'desk@consultancy.test') =>
    signIn(s.sql, { email, password, client }, when, LIMITS);

  it('adds, lists and removes accounts; one account per address whatever its case', async () => {
    const s = await withUser();
    expect(await addUser(s.sql, ' DESK@consultancy.TEST ', 'x', T0)).toBeNull();
    expect((await listUsers(s.sql)).map((u) => u.email)).toEqual(['desk@consultancy.test']);
    // Only a hash is stored, with its salt and parameters (the cheap ones of these tests; password.test.ts the real ones).
    const [row] = await s.sql.all<{ password_hash: string }>(`SELECT password_hash FROM staff_users`);
    expect(row!.password_hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
    expect(await removeUser(s.sql, 'desk@consultancy.test')).toBe(true);
    expect(await removeUser(s.sql, 'desk@consultancy.test')).toBe(false);
    expect(await listUsers(s.sql)).toEqual([]);
  });

  it('signs in with the right password only, and the session ends at sign-out', async () => {
    const s = await withUser();
    expect(await attempt(s, 'wrong password!', T0)).toEqual({ kind: 'wrong' });
    expect(await attempt(s, PASSWORD, T0, '203.0.113.7', 'nobody@consultancy.test')).toEqual({ kind: 'wrong' });
    const ok = await attempt(s, PASSWORD, T0);
    if (ok.kind !== 'signed-in') throw new Error(ok.kind);
    // The browser gets a device token for this account (it names the account, signed; no password in it).
    expect(ok.deviceToken).toMatch(/^[\w-]+\.[\w-]{16,64}\.[\w-]{43}$/);
    expect(ok.deviceToken).not.toContain(PASSWORD);
    expect(await sessionUser(s.sql, ok.sessionId, at(MIN), LIMITS)).toMatchObject({ email: 'desk@consultancy.test' });
    expect(await sessionUser(s.sql, `${ok.sessionId}x`, at(MIN), LIMITS)).toBeNull();
    // Sessions survive a restart (they are in the store) and end when signed out.
    const again = await store();
    expect(await sessionUser(again.sql, ok.sessionId, at(2 * MIN), LIMITS)).not.toBeNull();
    await endSession(again.sql, ok.sessionId);
    expect(await sessionUser(s.sql, ok.sessionId, at(3 * MIN), LIMITS)).toBeNull();
  });

  it('ends sessions when idle too long, at their absolute end, when the user is removed or the password changes', async () => {
    const s = await withUser();
    const sid = async (when: Date) => {
      const r = await attempt(s, PASSWORD, when);
      if (r.kind !== 'signed-in') throw new Error(r.kind);
      return r.sessionId;
    };
    const idle = await sid(T0);
    expect(await sessionUser(s.sql, idle, at(119 * MIN), LIMITS)).not.toBeNull();
    expect(await sessionUser(s.sql, idle, at(238 * MIN), LIMITS)).not.toBeNull();
    expect(await sessionUser(s.sql, idle, at(359 * MIN), LIMITS)).toBeNull();
    const active = await sid(T0);
    for (let m = 100; m < 720; m += 100) expect(await sessionUser(s.sql, active, at(m * MIN), LIMITS)).not.toBeNull();
    expect(await sessionUser(s.sql, active, at(720 * MIN), LIMITS)).toBeNull();
    const changed = await sid(T0);
    expect(await setPassword(s.sql, 'desk@consultancy.test', await hashPassword('another long password'))).toBe(true);
    expect(await sessionUser(s.sql, changed, at(MIN), LIMITS)).toBeNull();
    const [a, b] = [
      await signIn(s.sql, { email: 'desk@consultancy.test', password: 'another long password', client: 'x' }, T0, LIMITS),
      await signIn(s.sql, { email: 'desk@consultancy.test', password: 'another long password', client: 'y' }, T0, LIMITS),
    ];
    await removeUser(s.sql, 'desk@consultancy.test');
    for (const r of [a, b]) expect(r.kind === 'signed-in' && (await sessionUser(s.sql, r.sessionId, at(MIN), LIMITS))).toBeFalsy();
  });

  it('changes status, owner and notes, each with who and when, in the order they happened', async () => {
    const s = await withUser('lead@consultancy.test');
    const { enquiry } = await s.insert(sampleEnquiry(), [], T0);
    expect((await inboxEnquiry(s.sql, enquiry.reference))!.status).toBe('new');
    expect(await changeStatus(s.sql, enquiry.id, 'in-progress', 'desk@consultancy.test', at(MIN))).toBe(true);
    expect(await addNote(s.sql, enquiry.id, 'Called back; wants a quote.', 'desk@consultancy.test', at(2 * MIN))).toBe(true);
    expect(await changeStatus(s.sql, enquiry.id, 'answered', 'lead@consultancy.test', at(3 * MIN))).toBe(true);
    // Setting the status it already has records nothing.
    expect(await changeStatus(s.sql, enquiry.id, 'answered', 'lead@consultancy.test', at(4 * MIN))).toBe(true);
    expect(await changeStatus(s.sql, '00000000-0000-4000-8000-000000000000', 'closed', 'x', T0)).toBe(false);
    const [lead] = await listUsers(s.sql);
    expect(await assignOwner(s.sql, enquiry.id, lead!.id, 'desk@consultancy.test', at(5 * MIN))).toBe(true);
    expect(await assignOwner(s.sql, enquiry.id, '00000000-0000-4000-8000-000000000000', 'x', at(5 * MIN))).toBe(false);
    expect((await inboxEnquiry(s.sql, enquiry.reference))!.owner).toEqual({ id: lead!.id, email: lead!.email });
    expect(await assignOwner(s.sql, enquiry.id, null, 'desk@consultancy.test', at(6 * MIN))).toBe(true);
    expect((await history(s.sql, enquiry.id)).map(({ id: _id, ...e }) => e)).toEqual([
      { at: at(MIN), actor: 'desk@consultancy.test', kind: 'status', status: 'in-progress' },
      { at: at(2 * MIN), actor: 'desk@consultancy.test', kind: 'note', note: 'Called back; wants a quote.' },
      { at: at(3 * MIN), actor: 'lead@consultancy.test', kind: 'status', status: 'answered' },
      { at: at(5 * MIN), actor: 'desk@consultancy.test', kind: 'owner', owner: lead!.email },
      { at: at(6 * MIN), actor: 'desk@consultancy.test', kind: 'owner', owner: null },
    ]);
    const after = (await inboxEnquiry(s.sql, enquiry.reference))!;
    expect(after.status).toBe('answered');
    expect(after.owner).toBeNull();
    // The triage mark of the stored classification, and the due time the site promised, are stored with it.
    expect(after.triageId).toBe('blocked');
    expect(after.result!.classification).toEqual(sampleClassification());
    expect(after.dueAt!.getTime()).toBeGreaterThan(T0.getTime());
  });

  it('stores counts per day and outcome id only, and adds up flushes from several servers', async () => {
    const s = await store();
    const other = await store();
    takePendingCounts();
    const blocked = sampleClassification();
    recordAssessmentEvent({ kind: 'started' }, T0);
    recordAssessmentEvent({ kind: 'started' }, T0);
    recordAssessmentEvent({ kind: 'finished', classification: blocked, verdict: 'blocked' }, T0);
    expect(await flushAssessmentCounts(s.sql)).toBe(4);
    recordAssessmentEvent({ kind: 'started' }, at(86_400_000));
    recordAssessmentEvent(
      { kind: 'finished', classification: { obligations: [], findings: [], greyAreas: [] }, verdict: 'clear' },
      at(86_400_000),
    );
    expect(await flushAssessmentCounts(other.sql)).toBe(4);
    expect(await flushAssessmentCounts(other.sql)).toBe(0);
    expect(await countTotals(s.sql, '2026-11-01')).toEqual([
      { metric: 'finished', key: '', count: 2 },
      { metric: 'obligation', key: 'icp-filing', count: 1 },
      { metric: 'obligation', key: 'none', count: 1 },
      { metric: 'started', key: '', count: 3 },
      { metric: 'verdict', key: 'blocked', count: 1 },
      { metric: 'verdict', key: 'clear', count: 1 },
    ]);
    expect(await countTotals(s.sql, '2026-11-02')).toContainEqual({ metric: 'started', key: '', count: 1 });
    const columns = await s.sql.all<Record<string, unknown>>(`SELECT * FROM assessment_counts`);
    expect(Object.keys(columns[0]!).sort()).toEqual(['count', 'day', 'key', 'metric']);
  });

  it('keeps one session secret per store, made once', async () => {
    const s = await store();
    const other = await store();
    const [x, y] = await Promise.all([storedSecret(s.sql, 'session'), storedSecret(other.sql, 'session')]);
    expect(x).toBe(y);
    expect(x.length).toBeGreaterThanOrEqual(43);
  });
});

describe('pending counts', () => {
  it('stay bounded however many keys arrive between flushes', () => {
    takePendingCounts();
    for (let d = 0; d < MAX_PENDING_KEYS; d++) recordAssessmentEvent({ kind: 'started' }, new Date(T0.getTime() + d * 86_400_000));
    recordAssessmentEvent({ kind: 'started' }, new Date(2100, 0, 1));
    expect(takePendingCounts()).toHaveLength(MAX_PENDING_KEYS);
  });
});
