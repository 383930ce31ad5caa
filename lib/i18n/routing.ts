import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale of `/` for a browser that prefers none of ours, and of pages reached outside any locale. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** BCP 47 tags for <html lang>, hreflang and OpenGraph. */
export const LANGUAGE_TAGS = { en: 'en', zh: 'zh-CN' } as const satisfies Record<Locale, string>;
export const OG_LOCALES = { en: 'en_GB', zh: 'zh_CN' } as const satisfies Record<Locale, string>;

/**
 * Some names exist only in Chinese and in English (a regulation's official Chinese title and its English
 * rendering, a category's name in the Catalogue): which of the two a locale's readers are shown first.
 */
export const NAME_LANGUAGE = { en: 'en', zh: 'zh' } as const satisfies Record<Locale, 'en' | 'zh'>;

/** The tables above, by name, for the check that every locale is in each (lib/i18n/locale-checks.ts). */
export const LOCALE_TABLES: Record<string, Readonly<Record<string, unknown>>> = { LANGUAGE_TAGS, OG_LOCALES, NAME_LANGUAGE };

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // No cookie: the URL alone decides the language, so responses stay cacheable and shared links are stable.
  localeCookie: false,
  // hreflang alternates are emitted in each page's metadata instead.
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Every locale but this one, for the language switch and alternate links. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}
