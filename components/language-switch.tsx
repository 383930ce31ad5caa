import { LANGUAGE_TAGS, otherLocales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { loadMessages } from '@/lib/i18n/messages';

export interface LanguageSwitchProps {
  locale: Locale;
  /** The current path after the locale prefix. */
  path: string;
  /** The current query string without '?', kept when switching. */
  query?: string;
}

/**
 * Plain links to the same page in every other language, query string included. Each link is labelled by the
 * messages of the language it leads to, in that language (`languageSwitch.thisLanguage`).
 */
export function LanguageSwitch({ locale, path, query }: LanguageSwitchProps) {
  return (
    <span className="flex flex-wrap gap-2">
      {otherLocales(locale).map((target) => (
        <a
          key={target}
          href={localePath(target, path) + (query ? `?${query}` : '')}
          hrefLang={LANGUAGE_TAGS[target]}
          data-language-switch=""
          lang={LANGUAGE_TAGS[target]}
          aria-label={loadMessages(target).languageSwitch.readInThisLanguage}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 no-underline hover:border-brand-700 hover:text-brand-800"
        >
          {loadMessages(target).languageSwitch.thisLanguage}
        </a>
      ))}
    </span>
  );
}
