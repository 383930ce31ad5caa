'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/inbox/actions';
import type { Locale } from '@/lib/i18n/routing';
import { INPUT, LABEL } from './styles';

const INITIAL: SignInState = { error: null, message: null, email: '', attempt: 0 };

export type SignInLabels = { email: string; password: string; signIn: string; signingIn: string };

/** The staff sign-in form: a server action, so it works without JavaScript; the e-mail typed comes back with a refusal. */
export function SignInForm({ locale, labels }: { locale: Locale; labels: SignInLabels }) {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  return (
    <form key={state.attempt} action={action} className="mt-6 max-w-md space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {state.message && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="staff-email" className={LABEL}>
          {labels.email}
        </label>
        <input id="staff-email" name="email" type="email" autoComplete="username" required defaultValue={state.email} className={INPUT} />
      </div>
      <div>
        <label htmlFor="staff-password" className={LABEL}>
          {labels.password}
        </label>
        <input id="staff-password" name="password" type="password" autoComplete="current-password" required className={INPUT} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? labels.signingIn : labels.signIn}
      </button>
    </form>
  );
}
