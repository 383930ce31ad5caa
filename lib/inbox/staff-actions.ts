import type { SqlRunner } from '@/lib/enquiries/store/store';
import { deletePersonData, type PersonScope } from '@/lib/enquiries/person-data';
import { checkPassword } from './auth';
import { addNote, assignOwner, changeStatus, inboxEnquiry, isEnquiryStatus, MAX_NOTE_LENGTH } from './case-store';
import { hashPassword } from './password';
import { passwordProblem, type PasswordProblem } from './password-policy';
import { addUser, findUser, isStaffRole, listUsers, normaliseEmail, removeUser, setPassword, type StaffUser } from './store';

/**
 * What each staff action does to the store, apart from Next (the server actions in *-actions.ts read the form and
 * the session, call these, and show the outcome). Every store failure is caught here, logged as one line, and
 * becomes `unavailable`, which the page shows with what was typed; nothing answers a 500.
 */
export type StaffError =
  | 'unavailable'
  | 'notFound'
  | 'badStatus'
  | 'noteEmpty'
  | 'noSuchStaff'
  | 'forbidden'
  | 'wrongPassword'
  | 'locked'
  | 'mismatch'
  | 'invalidEmail'
  | 'exists'
  | 'self'
  | 'lastOwner'
  | 'notConfirmed'
  | 'nothingToDelete'
  | PasswordProblem;
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; error: StaffError; retryAfterSeconds?: number };

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = (error: StaffError, retryAfterSeconds?: number): Outcome<never> => ({ ok: false, error, retryAfterSeconds });

/** Runs a staff action's store work; a failure of the store is logged on one line and answered as `unavailable`. */
export async function guarded<T>(name: string, work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (error) {
    console.error(`[inbox] ${name} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return fail('unavailable');
  }
}

export function setStatus(sql: SqlRunner, user: StaffUser, reference: string, status: string, now: Date) {
  return guarded('status change', async () => {
    if (!isEnquiryStatus(status)) return fail('badStatus');
    const enquiry = await inboxEnquiry(sql, reference);
    if (!enquiry) return fail('notFound');
    await changeStatus(sql, enquiry.id, status, user.email, now);
    return ok(undefined);
  });
}

export function saveNote(sql: SqlRunner, user: StaffUser, reference: string, text: string, now: Date) {
  return guarded('note', async () => {
    const note = text.trim().slice(0, MAX_NOTE_LENGTH);
    if (!note) return fail('noteEmpty');
    const enquiry = await inboxEnquiry(sql, reference);
    if (!enquiry) return fail('notFound');
    await addNote(sql, enquiry.id, note, user.email, now);
    return ok(undefined);
  });
}

/** Gives an enquiry to an account (its id), or to nobody ('none'). */
export function setOwner(sql: SqlRunner, user: StaffUser, reference: string, owner: string, now: Date) {
  return guarded('owner change', async () => {
    const enquiry = await inboxEnquiry(sql, reference);
    if (!enquiry) return fail('notFound');
    const ownerId = owner === 'none' ? null : owner;
    if (ownerId !== null && !(await listUsers(sql)).some((u) => u.id === ownerId)) return fail('noSuchStaff');
    return (await assignOwner(sql, enquiry.id, ownerId, user.email, now)) ? ok(undefined) : fail('notFound');
  });
}

/** Deletes what the confirmation page listed (its references), logging who deleted which reference and when. */
export function deleteConfirmed(
  sql: SqlRunner,
  user: StaffUser,
  scope: PersonScope,
  references: readonly string[],
  confirmed: boolean,
  now: Date,
) {
  return guarded('deletion', async () => {
    if (!confirmed) return fail('notConfirmed');
    const deleted = await deletePersonData(sql, scope, references, user.email, now);
    return deleted.length ? ok(deleted) : fail('nothingToDelete');
  });
}

export type PasswordChange = {
  current: string;
  next: string;
  confirm: string;
  client: string;
  deviceToken?: string;
  keepSession: string | null;
};

/** A member of staff changes their own password: the current one checked (under the sign-in limits), the new one vetted. */
export function changeOwnPassword(sql: SqlRunner, user: StaffUser, change: PasswordChange, now: Date) {
  return guarded('password change', async () => {
    if (change.next !== change.confirm) return fail('mismatch');
    const problem = await passwordProblem(change.next, user.email);
    if (problem) return fail(problem);
    const check = await checkPassword(
      sql,
      { email: user.email, password: change.current, client: change.client, deviceToken: change.deviceToken },
      now,
    );
    if (check.kind === 'locked') return fail('locked', check.retryAfterSeconds);
    if (check.kind === 'wrong') return fail('wrongPassword');
    await setPassword(sql, user.email, await hashPassword(change.next), change.keepSession);
    return ok(undefined);
  });
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** An owner adds a staff account with a first password (vetted like any new password). */
export function addStaff(sql: SqlRunner, user: StaffUser, input: { email: string; password: string; role: string }, now: Date) {
  return guarded('adding staff', async () => {
    if (user.role !== 'owner') return fail('forbidden');
    const email = normaliseEmail(input.email);
    if (!EMAIL.test(email) || email.length > 254) return fail('invalidEmail');
    const problem = await passwordProblem(input.password, email);
    if (problem) return fail(problem);
    const added = await addUser(sql, email, await hashPassword(input.password), now, isStaffRole(input.role) ? input.role : 'staff');
    return added ? ok(added) : fail('exists');
  });
}

/** An owner removes a staff account (not their own, not the last owner); its sessions end at once. */
export function removeStaff(sql: SqlRunner, user: StaffUser, email: string, confirmed: boolean) {
  return guarded('removing staff', async () => {
    if (user.role !== 'owner') return fail('forbidden');
    if (!confirmed) return fail('notConfirmed');
    const target = await findUser(sql, email);
    if (!target) return fail('noSuchStaff');
    if (target.id === user.id) return fail('self');
    if (target.role === 'owner' && (await listUsers(sql)).filter((u) => u.role === 'owner').length <= 1) return fail('lastOwner');
    await removeUser(sql, target.email);
    return ok(undefined);
  });
}
