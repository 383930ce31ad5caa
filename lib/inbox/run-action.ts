import { redirect } from 'next/navigation';
import { enquiryService } from '@/lib/enquiries/service';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { StaffFormState } from './form-state';
import { currentStaff } from './session';
import type { Outcome } from './staff-actions';
import type { StaffUser } from './store';

export const localeOf = (form: FormData): Locale => {
  const value = form.get('locale');
  return typeof value === 'string' && isLocale(value) ? value : routing.defaultLocale;
};

/** A text field of a posted form ('' when absent), cut to `max` characters. */
export const formText = (form: FormData, name: string, max = 4000) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
};

export type StaffContext = { sql: SqlRunner; user: StaffUser; locale: Locale; values: Record<string, string>; form: FormData; now: Date };

/**
 * The frame of every staff form's server action: signed out, to sign-in before anything is read; the store out of
 * reach, or the work refused or failed, back to the form with the error and what was typed (passwords left out);
 * done, to `done`'s address (a 303, so a reload does not post again).
 */
export async function runStaffForm<T>(
  previous: StaffFormState,
  form: FormData,
  spec: { name: string; fields: readonly string[]; secret?: readonly string[] },
  work: (ctx: StaffContext) => Promise<Outcome<T>>,
  done: (ctx: StaffContext, value: T) => string,
): Promise<StaffFormState> {
  const locale = localeOf(form);
  const values = Object.fromEntries(spec.fields.filter((f) => !spec.secret?.includes(f)).map((f) => [f, formText(form, f)]));
  const failed = (error: StaffFormState['error'], retryAfterSeconds = 0): StaffFormState => ({
    error,
    retryAfterMinutes: Math.ceil(retryAfterSeconds / 60),
    values,
    attempt: previous.attempt + 1,
  });
  let user: StaffUser | null;
  let sql: SqlRunner;
  try {
    user = await currentStaff();
    sql = (await enquiryService()).store.sql;
  } catch (error) {
    console.error(`[inbox] ${spec.name} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return failed('unavailable');
  }
  if (!user) redirect(localePath(locale, '/inbox/sign-in'));
  const ctx = { sql, user, locale, values, form, now: new Date() };
  const outcome = await work(ctx);
  if (!outcome.ok) return failed(outcome.error, outcome.retryAfterSeconds);
  redirect(done(ctx, outcome.value));
}
