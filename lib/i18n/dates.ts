import { LANGUAGE_TAGS, type Locale } from './routing';

// Building an Intl.DateTimeFormat costs far more than using one, and a result page formats a date per source it
// cites: one formatter per locale, and each calendar date formatted once.
const FORMATTERS = new Map<Locale, Intl.DateTimeFormat>();
const FORMATTED = new Map<string, string>();
const MAX_FORMATTED = 2000;

/** A calendar date (`2026-12-02`) written out in the locale's long style ("2 December 2026", "2026年12月2日"). */
export function formatIsoDate(locale: Locale, iso: string): string {
  const key = `${locale} ${iso}`;
  let text = FORMATTED.get(key);
  if (text !== undefined) return text;
  let format = FORMATTERS.get(locale);
  if (!format) FORMATTERS.set(locale, (format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  text = format.format(new Date(`${iso}T00:00:00Z`));
  if (FORMATTED.size >= MAX_FORMATTED) FORMATTED.clear();
  FORMATTED.set(key, text);
  return text;
}
