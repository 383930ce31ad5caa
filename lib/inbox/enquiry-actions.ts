'use server';

import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { personOf, type PersonScope } from '@/lib/enquiries/person-data';
import { inboxEnquiry } from './case-store';
import type { StaffFormState } from './form-state';
import { formText, runStaffForm } from './run-action';
import { deleteConfirmed, guarded, saveNote, setOwner, setStatus } from './staff-actions';

const enquiryHref = (locale: Locale, reference: string, saved: string) =>
  `${localePath(locale, '/inbox/enquiry')}?ref=${encodeURIComponent(reference)}&saved=${saved}#history`;

/** Sets an enquiry's status (staff only), recording who and when. */
export async function statusAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'status change', fields: ['ref', 'status'] },
    ({ sql, user, values, now }) => setStatus(sql, user, values.ref!, values.status!, now),
    ({ locale, values }) => enquiryHref(locale, values.ref!, 'status'),
  );
}

/** Adds a staff note to an enquiry's history. */
export async function noteAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'note', fields: ['ref', 'note'] },
    ({ sql, user, values, now }) => saveNote(sql, user, values.ref!, values.note!, now),
    ({ locale, values }) => enquiryHref(locale, values.ref!, 'note'),
  );
}

/** Gives an enquiry to a member of staff, or to nobody. */
export async function ownerAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'owner change', fields: ['ref', 'owner'] },
    ({ sql, user, values, now }) => setOwner(sql, user, values.ref!, values.owner!, now),
    ({ locale, values }) => enquiryHref(locale, values.ref!, 'owner'),
  );
}

/**
 * Deletes one enquiry, or every enquiry of its sender, as the confirmation page listed them (`confirmed` holds
 * their references); back to the queue, which says what went.
 */
export async function deleteAction(previous: StaffFormState, form: FormData): Promise<StaffFormState> {
  return runStaffForm(
    previous,
    form,
    { name: 'deletion', fields: ['ref', 'scope', 'confirmed', 'confirm'] },
    async ({ sql, user, values, now }) => {
      const found = await guarded('deletion', async () => ({ ok: true as const, value: await inboxEnquiry(sql, values.ref!) }));
      if (!found.ok) return found;
      if (!found.value) return { ok: false, error: 'notFound' };
      const scope: PersonScope =
        values.scope === 'person' ? { kind: 'person', person: personOf(found.value) } : { kind: 'enquiry', reference: values.ref! };
      const references = formText(form, 'confirmed').split(',').filter(Boolean);
      return deleteConfirmed(sql, user, scope, references, values.confirm === 'yes', now);
    },
    ({ locale }, deleted) => `${localePath(locale, '/inbox')}?deleted=${deleted.length}`,
  );
}
