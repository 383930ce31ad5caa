import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import type { Locale } from '@/lib/i18n/routing';

/** Every indexable page's path after the locale prefix, for the sitemap and the link checks. */
export function indexablePaths(locale: Locale): string[] {
  return [
    '',
    '/categories',
    ...categories.slugs(locale).map((slug) => `/categories/${slug}`),
    ...(guides.slugs(locale).length > 0 ? ['/guides', ...guides.slugs(locale).map((slug) => `/guides/${slug}`)] : []),
    '/contact',
  ];
}
