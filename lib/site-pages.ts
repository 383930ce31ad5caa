import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import type { Locale } from '@/lib/i18n/routing';
import { pageFor } from '@/lib/pages';

const ENTRY_TITLES: Record<string, (locale: Locale, slug: string) => string | undefined> = {
  '/categories/[slug]': (locale, slug) => categories.get(locale, slug)?.meta.title,
  '/guides/[slug]': (locale, slug) => guides.get(locale, slug)?.meta.title,
};

/** The human title of a site path (without the locale), for lists of links: its menu name or its content entry's title. */
export function pageTitleFor(locale: Locale, sitePath: string, t: (key: string) => string): string {
  const path = sitePath.split('#')[0]!.replace(/\/$/, '');
  const page = pageFor(locale, path);
  if (page?.title) return t(page.title);
  const slug = path.split('/').at(-1) ?? '';
  if (page?.route === '/permits/[id]') return t(`assessment.obligations.${slug}.label`);
  return (page && ENTRY_TITLES[page.route]?.(locale, slug)) ?? path;
}
