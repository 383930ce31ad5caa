import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './site-nav';

export interface SiteHeaderProps {
  locale: Locale;
  /** The current path after the locale prefix, for the language switch and aria-current. */
  path: string;
  query?: string;
}

/**
 * One row on every screen: the site's name, the language switch and the navigation, which on a phone folds into a
 * <details> menu (it opens without JavaScript) and from the sm breakpoint on sits in the row itself.
 */
export async function SiteHeader({ locale, path, query }: SiteHeaderProps) {
  const t = await getTranslations({ locale });
  const items = (className: string) => (
    <ul className={className}>
      {NAV_ITEMS.map((item) => {
        const current = path === item.path || path.startsWith(`${item.path}/`);
        return (
          <li key={item.path}>
            <Link href={localePath(locale, item.path)} aria-current={current ? 'page' : undefined} className="nav-link">
              {t(item.title)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-4 px-4 py-2 sm:py-3">
        <Link href={localePath(locale)} className="truncate text-lg font-bold text-brand-900 no-underline">
          {t('meta.siteName')}
        </Link>
        <div className="flex shrink-0 items-center gap-x-3 sm:gap-x-4">
          <nav aria-label={t('a11y.mainNav')} className="hidden sm:block">
            {items('flex flex-wrap gap-x-4 gap-y-1 text-sm')}
          </nav>
          <LanguageSwitch locale={locale} path={path} query={query} />
          <details className="relative sm:hidden">
            <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 [&::-webkit-details-marker]:hidden">
              {t('a11y.menu')}
            </summary>
            <nav
              aria-label={t('a11y.mainNav')}
              className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
            >
              {items('space-y-2 text-base')}
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
