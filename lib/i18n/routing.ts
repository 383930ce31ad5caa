import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for <html lang>, hreflang and OpenGraph. */
export const LANGUAGE_TAGS = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Locale, string>;
export const OG_LOCALES = { en: 'en_GB', zh: 'zh_CN' } as const satisfies Record<Locale, string>;

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: 'always',
  // No cookie: the URL alone decides the language, so responses stay cacheable and shared links are stable.
  localeCookie: false,
  // hreflang alternates are emitted in each page's metadata instead.
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other locale, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
