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

export async function SiteHeader({ locale, path, query }: SiteHeaderProps) {
  const t = await getTranslations({ locale });
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={localePath(locale)} className="text-lg font-bold text-brand-900 no-underline">
          {t('meta.siteName')}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label={t('a11y.mainNav')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV_ITEMS.map((item) => {
                const current = path === item.path || path.startsWith(`${item.path}/`);
                return (
                  <li key={item.path}>
                    <Link
                      href={localePath(locale, item.path)}
                      aria-current={current ? 'page' : undefined}
                      className="text-slate-700 underline-offset-4 hover:text-brand-800 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
                    >
                      {t(item.title)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <LanguageSwitch locale={locale} path={path} query={query} />
        </div>
      </div>
    </header>
  );
}
