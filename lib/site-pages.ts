import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import type { Locale } from '@/lib/i18n/routing';

/** Every indexable page's path after the locale prefix, for the sitemap and the link checks. */
export function indexablePaths(locale: Locale): string[] {
  return [
    '',
    '/categories',
    ...categories.slugs(locale).map((slug) => `/categories/${slug}`),
    '/guides',
    ...guides.slugs(locale).map((slug) => `/guides/${slug}`),
    '/faq',
    '/glossary',
    '/contact',
  ];
}

const FIXED_TITLES: Record<string, string> = {
  '': 'nav.home',
  '/categories': 'nav.categories',
  '/guides': 'nav.guides',
  '/faq': 'nav.faq',
  '/glossary': 'nav.glossary',
  '/assessment': 'nav.assessment',
  '/contact': 'nav.contact',
};

/** The human title of a site path (without the locale), for lists of links. */
export function pageTitleFor(locale: Locale, sitePath: string, t: (key: string) => string): string {
  const path = sitePath.split('#')[0]!.replace(/\/$/, '');
  if (FIXED_TITLES[path] !== undefined) return t(FIXED_TITLES[path]);
  const [, kind, slug] = path.split('/');
  const entry = kind === 'categories' ? categories.get(locale, slug ?? '') : kind === 'guides' ? guides.get(locale, slug ?? '') : null;
  return entry?.meta.title ?? path;
}
