import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { signOutAction } from '@/lib/inbox/actions';
import type { StaffUser } from '@/lib/inbox/store';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { InboxFrame } from './inbox-frame';

export interface InboxShellProps {
  locale: Locale;
  user: StaffUser;
  path: string;
  query?: string;
  children: ReactNode;
}

const LINKS = [
  ['/inbox', 'navQueue'],
  ['/inbox/dashboard', 'navDashboard'],
  ['/inbox/account', 'navAccount'],
] as const;

/** A signed-in inbox page: the inbox's links, who is signed in and sign-out, then the page. */
export async function InboxShell({ locale, user, path, query, children }: InboxShellProps) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const bar = (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <nav aria-label={t('inboxNav')}>
        <ul className="flex flex-wrap gap-4">
          {LINKS.map(([href, key]) => (
            <li key={href}>
              <Link
                href={localePath(locale, href)}
                aria-current={path === href ? 'page' : undefined}
                className="text-brand-800 underline aria-[current=page]:font-semibold"
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOutAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="locale" value={locale} />
        <span className="break-all text-slate-700">{t('signedInAs', { email: user.email })}</span>
        <button type="submit" className="btn-secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
  return (
    <InboxFrame locale={locale} path={path} query={query} bar={bar}>
      {children}
    </InboxFrame>
  );
}
