import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { SiteHeader } from './site-header';

export interface PageShellProps {
  locale: Locale;
  path: string;
  query?: string;
  children: ReactNode;
  wide?: boolean;
}

/** Header plus the <main> landmark the skip link targets. */
export function PageShell({ locale, path, query, children, wide }: PageShellProps) {
  return (
    <>
      <SiteHeader locale={locale} path={path} query={query} />
      <main id="main" tabIndex={-1} className={`mx-auto w-full px-4 py-8 sm:py-12 ${wide ? 'max-w-5xl' : 'max-w-3xl'}`}>
        {children}
      </main>
    </>
  );
}
