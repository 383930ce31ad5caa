import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { SourceEntryData } from './schema';

/** Translate function scoped to the `categories` messages (sourceKind, sourceDated, sourceAddress, ...). */
export type SourceTranslate = (key: string, values?: Record<string, string>) => string;

/** The second link of a source: its translation, who made it and how sure its address is. */
export interface TranslationView {
  url: string;
  /** "English translation: " in the reader's language (with its own spacing). */
  label: string;
  by: string;
  /** The address's confidence in words, in the locale's brackets. */
  address: string;
}

const PARTIAL = new Map<string, Intl.DateTimeFormat>();

/** A source's date in the locale's long style; a year ("2024") or a month ("September 2024") stays as precise as it is. */
export function formatSourceDate(locale: Locale, date: string): string {
  const parts = date.split('-');
  if (parts.length === 3) return formatIsoDate(locale, date);
  const key = `${locale} ${parts.length}`;
  let format = PARTIAL.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = parts.length === 1 ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { ...options, timeZone: 'UTC' });
    PARTIAL.set(key, format);
  }
  return format.format(new Date(`${parts[0]}-${parts[1] ?? '01'}-15T00:00:00Z`));
}

/** The address's confidence in words ("Address as cited by one source; not opened by us"), or undefined without an address. */
export function addressNote(entry: Pick<SourceEntryData, 'url' | 'confidence'>, t: SourceTranslate): string | undefined {
  return entry.url && entry.confidence ? t(`sourceAddress.${entry.confidence}`) : undefined;
}

/** The translation link of a source, ready to render, or undefined when it has none. */
export function translationView(entry: SourceEntryData, locale: Locale, t: SourceTranslate): TranslationView | undefined {
  const tr = entry.translation;
  if (!tr) return undefined;
  const address = t('sourceTranslationAddress', { address: t(`sourceAddress.${tr.confidence}`) });
  return { url: tr.url, label: t('sourceTranslation'), by: tr.by[locale], address };
}

/** What a source is, in one line: kind, issuer, number, its date (or why it has none) and when it took effect. */
function headLine(entry: SourceEntryData, locale: Locale, t: SourceTranslate): string {
  return [
    t(`sourceKind.${entry.kind}`),
    entry.issuer?.[locale],
    entry.number?.[locale],
    entry.date && t('sourceDated', { date: formatSourceDate(locale, entry.date) }),
    entry.undated && t(`sourceUndated.${entry.undated}`),
    entry.effective && t('sourceEffective', { date: formatIsoDate(locale, entry.effective) }),
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/** The facts a lawyer checks about a source, one line each: what it is, where the official text is, how sure the address is, when checked. */
export function sourceFactLines(entry: SourceEntryData, locale: Locale, t: SourceTranslate): string[] {
  const lines = [headLine(entry, locale, t)];
  if (entry.publishedIn) lines.push(t('sourcePublishedIn', { where: entry.publishedIn[locale] }));
  const address = addressNote(entry, t);
  if (address) lines.push(address);
  lines.push(t('sourceLastChecked', { date: formatIsoDate(locale, entry.lastChecked) }));
  return lines;
}

/**
 * The same facts in one short line (result pages): what it is, its number (or issuer), its date when it is a commentary,
 * where the official text is when the link is not it, how sure the address is, when checked.
 */
export function compactSourceFacts(entry: SourceEntryData, locale: Locale, t: SourceTranslate): string[] {
  return [
    t(`sourceKind.${entry.kind}`),
    entry.number?.[locale] ?? entry.issuer?.[locale],
    entry.kind === 'commentary' && entry.date && t('sourceDated', { date: formatSourceDate(locale, entry.date) }),
    (entry.kind !== 'official' || !entry.url) && entry.publishedIn && t('sourcePublishedIn', { where: entry.publishedIn[locale] }),
    addressNote(entry, t),
    t('sourceLastChecked', { date: formatIsoDate(locale, entry.lastChecked) }),
  ].filter((part): part is string => Boolean(part));
}
