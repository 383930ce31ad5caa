import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleEnquiry, storeKinds } from '@/lib/enquiries/testing/fixtures';
import type { EnquiryStore } from '@/lib/enquiries/store/store';
import { INITIAL_STAFF_STATE } from './form-state';
import { cheapHash as hashPassword, cheapPasswords } from './testing/cheap-passwords';
import { addStaff, changeOwnPassword, deleteConfirmed, removeStaff, saveNote, setOwner, setStatus } from './staff-actions';
import { addUser, findUser, listUsers, type StaffUser } from './store';

// The server actions read the session and the store through these two: the tests hand them a user and a store.
const held = vi.hoisted(() => ({ user: null as StaffUser | null, store: null as EnquiryStore | null }));
vi.mock('./session', () => ({
  currentStaff: async () => held.user,
  clientAddress: () => '203.0.113.5',
  deviceToken: async () => undefined,
  currentSessionId: async () => null,
}));
vi.mock('@/lib/enquiries/service', () => ({ enquiryService: async () => ({ store: held.store }) }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const { noteAction, ownerAction, statusAction, deleteAction } = await import('./enquiry-actions');
const { addStaffAction, passwordAction, removeStaffAction } = await import('./account-actions');

const T0 = new Date('2026-11-02T02:00:00.000Z');
const PASSWORD = 'correct horse battery';
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  f.set('locale', 'en');
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe.each(storeKinds())('staff actions on $name', { timeout: 60_000 }, (kind) => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    cheapPasswords();
  });
  afterEach(() => vi.restoreAllMocks());

  async function setUp() {
    const s = (await kind.create())();
    await s.migrate();
    const owner = (await addUser(s.sql, 'owner@consultancy.test', await hashPassword(PASSWORD), T0, 'owner'))!;
    const staff = (await addUser(s.sql, 'staff@consultancy.test', 'x', T0, 'staff'))!;
    const { enquiry } = await s.insert(sampleEnquiry(), ['email'], T0);
    return { s, owner, staff, enquiry };
  }

  it('answers a store failure on every action with its message, logged on one line, and keeps what was typed', async () => {
    const { s, owner, enquiry } = await setUp();
    await s.close();
    const ref = enquiry.reference;
    const outcomes = {
      status: await setStatus(s.sql, owner, ref, 'closed', T0),
      note: await saveNote(s.sql, owner, ref, 'Called back', T0),
      owner: await setOwner(s.sql, owner, ref, 'none', T0),
      deletion: await deleteConfirmed(s.sql, owner, { kind: 'enquiry', reference: ref }, [ref], true, T0),
      password: await changeOwnPassword(
        s.sql,
        owner,
        { current: PASSWORD, next: 'a new long passphrase', confirm: 'a new long passphrase', client: 'c', keepSession: null },
        T0,
      ),
      add: await addStaff(s.sql, owner, { email: 'new@consultancy.test', password: 'a new long passphrase', role: 'staff' }, T0),
      remove: await removeStaff(s.sql, owner, 'staff@consultancy.test', true),
    };
    for (const [name, outcome] of Object.entries(outcomes))
      expect(outcome, name).toEqual({ ok: false, error: 'unavailable', retryAfterSeconds: undefined });
    expect(errors).toHaveBeenCalledTimes(7);
    for (const [line] of errors.mock.calls) expect(String(line)).toMatch(/^\[inbox\] [a-z ]+ failed: [^\n]+$/);

    // Through the server actions, as the page posts them: the message, and the text typed (passwords never echoed).
    held.user = owner;
    held.store = s;
    const note = await noteAction(INITIAL_STAFF_STATE, form({ ref, note: 'Called back; a long note that must not be lost.' }));
    expect(note).toMatchObject({
      error: 'unavailable',
      values: { ref, note: 'Called back; a long note that must not be lost.' },
      attempt: 1,
    });
    expect(await statusAction(note, form({ ref, status: 'closed' }))).toMatchObject({
      error: 'unavailable',
      values: { status: 'closed' },
      attempt: 2,
    });
    expect(await ownerAction(INITIAL_STAFF_STATE, form({ ref, owner: 'none' }))).toMatchObject({ error: 'unavailable' });
    expect(await deleteAction(INITIAL_STAFF_STATE, form({ ref, scope: 'enquiry', confirmed: ref, confirm: 'yes' }))).toMatchObject({
      error: 'unavailable',
    });
    const pw = await passwordAction(
      INITIAL_STAFF_STATE,
      form({ current: PASSWORD, next: 'a new long passphrase', confirm: 'a new long passphrase' }),
    );
    expect(pw).toMatchObject({ error: 'unavailable', values: {} });
    const added = await addStaffAction(
      INITIAL_STAFF_STATE,
      form({ email: 'new@consultancy.test', password: 'a new long passphrase', role: 'staff' }),
    );
    expect(added).toMatchObject({ error: 'unavailable', values: { email: 'new@consultancy.test', role: 'staff' } });
    expect(JSON.stringify(added)).not.toContain('passphrase');
    expect(await removeStaffAction(INITIAL_STAFF_STATE, form({ email: 'staff@consultancy.test', confirm: 'yes' }))).toMatchObject({
      error: 'unavailable',
    });
  });

  it('refuses what staff may not do, and common passwords, with their own messages', async () => {
    const { s, owner, staff, enquiry } = await setUp();
    try {
      expect(await setStatus(s.sql, owner, enquiry.reference, 'archived', T0)).toMatchObject({ error: 'badStatus' });
      expect(await saveNote(s.sql, owner, enquiry.reference, '   ', T0)).toMatchObject({ error: 'noteEmpty' });
      expect(await saveNote(s.sql, owner, 'E-0000-0000', 'x', T0)).toMatchObject({ error: 'notFound' });
      expect(await setOwner(s.sql, owner, enquiry.reference, '00000000-0000-4000-8000-000000000000', T0)).toMatchObject({
        error: 'noSuchStaff',
      });
      expect(await setOwner(s.sql, owner, enquiry.reference, staff.id, T0)).toEqual({ ok: true, value: undefined });
      expect(
        await deleteConfirmed(s.sql, owner, { kind: 'enquiry', reference: enquiry.reference }, [enquiry.reference], false, T0),
      ).toMatchObject({ error: 'notConfirmed' });
      const change = (next: string, current = PASSWORD) =>
        changeOwnPassword(s.sql, owner, { current, next, confirm: next, client: 'c', keepSession: null }, T0);
      expect(await change('password1234')).toMatchObject({ error: 'common' });
      expect(await change(' '.repeat(12))).toMatchObject({ error: 'whitespace' });
      expect(await change('owner@consultancy.test')).toMatchObject({ error: 'containsEmail' });
      expect(await change('a new long passphrase', 'not my password')).toMatchObject({ error: 'wrongPassword' });
      expect(
        await changeOwnPassword(
          s.sql,
          owner,
          { current: PASSWORD, next: 'a new long passphrase', confirm: 'another', client: 'c', keepSession: null },
          T0,
        ),
      ).toMatchObject({ error: 'mismatch' });
      expect(await change('a new long passphrase')).toEqual({ ok: true, value: undefined });
      // Staff manage accounts only as an owner, never remove themselves or the last owner.
      expect(
        await addStaff(s.sql, staff, { email: 'x@consultancy.test', password: 'a new long passphrase', role: 'owner' }, T0),
      ).toMatchObject({ error: 'forbidden' });
      expect(
        await addStaff(s.sql, owner, { email: 'victim<x@evil.example>', password: 'a new long passphrase', role: 'staff' }, T0),
      ).toMatchObject({ error: 'invalidEmail' });
      expect(await addStaff(s.sql, owner, { email: 'new@consultancy.test', password: 'qwerty123456', role: 'staff' }, T0)).toMatchObject({
        error: 'common',
      });
      expect(
        await addStaff(s.sql, owner, { email: 'New@Consultancy.test', password: 'a new long passphrase', role: 'staff' }, T0),
      ).toMatchObject({ ok: true });
      expect(
        await addStaff(s.sql, owner, { email: 'new@consultancy.test', password: 'a new long passphrase', role: 'staff' }, T0),
      ).toMatchObject({ error: 'exists' });
      expect(await removeStaff(s.sql, staff, 'new@consultancy.test', true)).toMatchObject({ error: 'forbidden' });
      expect(await removeStaff(s.sql, owner, 'owner@consultancy.test', true)).toMatchObject({ error: 'self' });
      expect(await removeStaff(s.sql, owner, 'new@consultancy.test', false)).toMatchObject({ error: 'notConfirmed' });
      expect(await removeStaff(s.sql, owner, 'new@consultancy.test', true)).toEqual({ ok: true, value: undefined });
      const other = { ...staff, role: 'owner' as const };
      expect(await removeStaff(s.sql, other, 'owner@consultancy.test', true)).toMatchObject({ error: 'lastOwner' });
      expect((await listUsers(s.sql)).map((u) => u.email)).toEqual(['owner@consultancy.test', 'staff@consultancy.test']);
      expect(await findUser(s.sql, 'new@consultancy.test')).toBeNull();
    } finally {
      await s.close();
    }
  });
});
