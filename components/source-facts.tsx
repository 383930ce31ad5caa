import type { SourceEntry } from '@/lib/assessment/types';
import type { Locale } from '@/lib/i18n/routing';
import { formatIsoDate } from '@/lib/i18n/dates';

/** Translate function scoped to the `categories` messages (sourceKind, sourceDated, ...). */
type SourceTranslate = (key: string, values?: Record<string, string>) => string;

export interface SourceFactsProps {
  entry: SourceEntry;
  locale: Locale;
  t: SourceTranslate;
  /** Compact: one line (result pages); otherwise one line per fact (source lists). */
  compact?: boolean;
}

/** The facts a lawyer checks about a source: its kind, issuer, number, dates, where the official text is, when checked. */
export function sourceFactLines(entry: SourceEntry, locale: Locale, t: SourceTranslate): string[] {
  const head = [
    t(`sourceKind.${entry.kind}`),
    entry.issuer?.[locale],
    entry.number?.[locale],
    entry.date && t('sourceDated', { date: formatIsoDate(locale, entry.date) }),
    entry.effective && t('sourceEffective', { date: formatIsoDate(locale, entry.effective) }),
  ].filter((part): part is string => Boolean(part));
  const lines = [head.join(' · ')];
  if (entry.publishedIn) lines.push(t('sourcePublishedIn', { where: entry.publishedIn[locale] }));
  lines.push(t('sourceLastChecked', { date: formatIsoDate(locale, entry.lastChecked) }));
  return lines;
}

/** The kind, issuer, number, dates, official publication and last-checked date of a source. */
export function SourceFacts({ entry, locale, t, compact }: SourceFactsProps) {
  if (compact) {
    // On a result page: what it is, its number (or issuer), where the official text is when the link is not it, when checked.
    const parts = [
      t(`sourceKind.${entry.kind}`),
      entry.number?.[locale] ?? entry.issuer?.[locale],
      (entry.kind !== 'official' || !entry.url) && entry.publishedIn && t('sourcePublishedIn', { where: entry.publishedIn[locale] }),
      t('sourceLastChecked', { date: formatIsoDate(locale, entry.lastChecked) }),
    ].filter((part): part is string => Boolean(part));
    return <span className="text-slate-500">{t('sourceFactsCompact', { facts: parts.join(' · ') })}</span>;
  }
  const lines = sourceFactLines(entry, locale, t);
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="block text-slate-600">
          {line}
        </span>
      ))}
    </>
  );
}
