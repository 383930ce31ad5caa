'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { enquiryService } from '@/lib/enquiries/service';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { signIn, type SignInOutcome } from './auth';
import { formText, localeOf } from './run-action';
import { clientAddress, deviceToken, endCurrentSession, startSession } from './session';

export type SignInState = {
  error: 'wrong' | 'locked' | 'unavailable' | 'missing' | null;
  message: string | null;
  email: string;
  attempt: number;
};

/** The sign-in form (works without JavaScript: the page comes back with the refusal and the e-mail typed). */
export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const locale = localeOf(form);
  const email = formText(form, 'email', 320).trim();
  const password = formText(form, 'password', 1024);
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const refused = (error: NonNullable<SignInState['error']>, retryAfterSeconds = 0): SignInState => ({
    error,
    message: error === 'locked' ? t('locked', { minutes: Math.ceil(retryAfterSeconds / 60) }) : t(error),
    email,
    attempt: previous.attempt + 1,
  });
  if (!email || !password) return refused('missing');
  let outcome: SignInOutcome;
  try {
    const { store } = await enquiryService();
    outcome = await signIn(
      store.sql,
      { email, password, client: clientAddress(await headers()), deviceToken: await deviceToken() },
      new Date(),
    );
    if (outcome.kind === 'signed-in') await startSession(outcome.sessionId, outcome.deviceToken);
  } catch (error) {
    console.error(`[inbox] sign-in failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return refused('unavailable');
  }
  if (outcome.kind === 'wrong') return refused('wrong');
  if (outcome.kind === 'locked') return refused('locked', outcome.retryAfterSeconds);
  redirect(localePath(locale, '/inbox'));
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  await endCurrentSession().catch(() => undefined);
  redirect(localePath(locale, '/inbox/sign-in'));
}
