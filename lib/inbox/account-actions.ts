'use server';

import { headers } from 'next/headers';
import { localePath } from '@/lib/i18n/paths';
import type { StaffFormState } from './form-state';
import { runStaffForm } from './run-action';
import { clientAddress, currentSessionId, deviceToken } from './session';
import { addStaff, changeOwnPassword, guarded, removeStaff } from './staff-actions';

const accountHref = (locale: Parameters<typeof localePath>[0], saved: string) => `${localePath(locale, '/inbox/account')}?saved=${saved}`;

/** Changes the signed-in member's own password; their other sessions end. */
export async function passwordAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'password change', fields: ['current', 'next', 'confirm'], secret: ['current', 'next', 'confirm'] },
    ({ sql, user, form: f, now }) =>
      // The session is read inside `guarded` too: a store that fails there is answered like any other failure.
      guarded('password change', async () =>
        changeOwnPassword(
          sql,
          user,
          {
            current: String(f.get('current') ?? '').slice(0, 1024),
            next: String(f.get('next') ?? '').slice(0, 1024),
            confirm: String(f.get('confirm') ?? '').slice(0, 1024),
            client: clientAddress(await headers()),
            deviceToken: await deviceToken(),
            keepSession: await currentSessionId(),
          },
          now,
        ),
      ),
    ({ locale }) => accountHref(locale, 'password'),
  );
}

/** An owner adds a staff account. */
export async function addStaffAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'adding staff', fields: ['email', 'password', 'role'], secret: ['password'] },
    ({ sql, user, values, form: f, now }) =>
      addStaff(sql, user, { email: values.email!, password: String(f.get('password') ?? '').slice(0, 1024), role: values.role! }, now),
    ({ locale }) => accountHref(locale, 'added'),
  );
}

/** An owner removes a staff account; it is signed out at once. */
export async function removeStaffAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'removing staff', fields: ['email', 'confirm'] },
    ({ sql, user, values }) => removeStaff(sql, user, values.email!, values.confirm === 'yes'),
    ({ locale }) => accountHref(locale, 'removed'),
  );
}
