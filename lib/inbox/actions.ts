'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { enquiryService } from '@/lib/enquiries/service';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { signIn } from './auth';
import { clientAddress, endCurrentSession, requireStaff, startSession } from './session';
import { addNote, changeStatus, inboxEnquiry, isEnquiryStatus, MAX_NOTE_LENGTH } from './store';

export type SignInState = { error: 'wrong' | 'locked' | 'unavailable' | 'missing' | null; retryAfterSeconds: number; email: string };

const localeOf = (form: FormData): Locale => {
  const value = form.get('locale');
  return typeof value === 'string' && isLocale(value) ? value : routing.defaultLocale;
};
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** The sign-in form (works without JavaScript: the page comes back with the refusal and the e-mail typed). */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = localeOf(form);
  const email = text(form, 'email').trim().slice(0, 320);
  const password = text(form, 'password').slice(0, 1024);
  if (!email || !password) return { error: 'missing', retryAfterSeconds: 0, email };
  let outcome;
  try {
    const { store } = await enquiryService();
    outcome = await signIn(store.sql, { email, password, client: clientAddress(await headers()) }, new Date());
    if (outcome.kind === 'signed-in') await startSession(outcome.sessionId);
  } catch (error) {
    console.error('[inbox] sign-in failed:', error instanceof Error ? error.message : error);
    return { error: 'unavailable', retryAfterSeconds: 0, email };
  }
  if (outcome.kind === 'wrong') return { error: 'wrong', retryAfterSeconds: 0, email };
  if (outcome.kind === 'locked') return { error: 'locked', retryAfterSeconds: outcome.retryAfterSeconds, email };
  redirect(localePath(locale, '/inbox'));
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  await endCurrentSession().catch(() => undefined);
  redirect(localePath(locale, '/inbox/sign-in'));
}

const enquiryHref = (locale: Locale, reference: string, query = '') =>
  `${localePath(locale, '/inbox/enquiry')}?ref=${encodeURIComponent(reference)}${query}`;

/** Sets an enquiry's status (staff only), recording who and when; back to the enquiry's page. */
export async function changeStatusAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const user = await requireStaff(locale);
  const reference = text(form, 'ref');
  const status = text(form, 'status');
  const { store } = await enquiryService();
  const enquiry = await inboxEnquiry(store.sql, reference);
  if (!enquiry) redirect(localePath(locale, '/inbox'));
  if (isEnquiryStatus(status)) await changeStatus(store.sql, enquiry.id, status, user.email, new Date());
  redirect(enquiryHref(locale, reference, '&saved=status#history'));
}

/** Adds a staff note to an enquiry's history. */
export async function addNoteAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  const user = await requireStaff(locale);
  const reference = text(form, 'ref');
  const note = text(form, 'note').trim().slice(0, MAX_NOTE_LENGTH);
  const { store } = await enquiryService();
  const enquiry = await inboxEnquiry(store.sql, reference);
  if (!enquiry) redirect(localePath(locale, '/inbox'));
  if (!note) redirect(enquiryHref(locale, reference, '&error=note-empty#note'));
  await addNote(store.sql, enquiry.id, note, user.email, new Date());
  redirect(enquiryHref(locale, reference, '&saved=note#history'));
}
