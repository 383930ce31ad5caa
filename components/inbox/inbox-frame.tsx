import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/language-switch';
import type { Locale } from '@/lib/i18n/routing';

export interface InboxFrameProps {
  locale: Locale;
  /** The current path after the locale, and its query, for the language switch. */
  path: string;
  query?: string;
  /** The inbox's own links and sign-out, once signed in. */
  bar?: ReactNode;
  children: ReactNode;
}

/**
 * The inbox's plain frame: no public navigation, just the inbox's name, the language and the page. Its `data-inbox`
 * mark hides the site footer, which the locale layout renders (app/[locale]/layout.tsx).
 */
export async function InboxFrame({ locale, path, query, bar, children }: InboxFrameProps) {
  const t = await getTranslations({ locale });
  return (
    <>
      <header data-inbox="" className="border-b border-slate-300 bg-slate-100">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
          <p className="font-bold text-slate-900">
            {t('meta.siteName')} · <span className="font-semibold text-brand-900">{t('inbox.inboxName')}</span>
          </p>
          <LanguageSwitch locale={locale} path={path} query={query} />
        </div>
        {bar && <div className="mx-auto max-w-6xl px-4 pb-2">{bar}</div>}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
