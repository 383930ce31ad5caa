import type { Locale } from './routing';

/** A site path with the locale prefix: localePath('zh', '/categories') → '/zh/categories'. */
export function localePath(locale: Locale, path = ''): string {
  const clean = path === '/' ? '' : path;
  return `/${locale}${clean}`;
}
