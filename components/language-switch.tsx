import { getTranslations } from 'next-intl/server';
import { LANGUAGE_TAGS, otherLocale, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface LanguageSwitchProps {
  locale: Locale;
  /** The current path after the locale prefix. */
  path: string;
  /** The current query string without '?', kept when switching. */
  query?: string;
}

/** A plain link to the same page in the other language, query string included. */
export async function LanguageSwitch({ locale, path, query }: LanguageSwitchProps) {
  const target = otherLocale(locale);
  const t = await getTranslations({ locale, namespace: 'languageSwitch' });
  const href = localePath(target, path) + (query ? `?${query}` : '');
  return (
    <a
      href={href}
      hrefLang={LANGUAGE_TAGS[target]}
      data-language-switch=""
      lang={LANGUAGE_TAGS[target]}
      aria-label={t('ariaLabel')}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 no-underline hover:border-brand-700 hover:text-brand-800"
    >
      {t('label')}
    </a>
  );
}
