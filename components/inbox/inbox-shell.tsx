import type { ReactNode } from 'react';
import { getTranslations } from '@/lib/i18n/translator';
import { Link } from '@/components/link';
import { PageShell } from '@/components/page-shell';
import { signOutAction } from '@/lib/inbox/actions';
import type { StaffUser } from '@/lib/inbox/store';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** An inbox page: who is signed in, the inbox's own links and sign-out, then the page. */
export async function InboxShell({
  locale,
  user,
  path,
  query,
  children,
}: {
  locale: Locale;
  user: StaffUser;
  path: string;
  query?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  return (
    <PageShell locale={locale} path={path} query={query} wide>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 text-sm">
        <nav aria-label={t('inboxNav')}>
          <ul className="flex gap-4">
            <li>
              <Link href={localePath(locale, '/inbox')} className="text-brand-800 underline">
                {t('navQueue')}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, '/inbox/dashboard')} className="text-brand-800 underline">
                {t('navDashboard')}
              </Link>
            </li>
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3">
          <input type="hidden" name="locale" value={locale} />
          <span className="text-slate-700">{t('signedInAs', { email: user.email })}</span>
          <button type="submit" className="btn-secondary">
            {t('signOut')}
          </button>
        </form>
      </div>
      {children}
    </PageShell>
  );
}
