import type { Locale } from '@/lib/i18n/routing';
import type { SourceEntryData } from '@/lib/content/schema';
import { compactSourceFacts, sourceFactLines, translationView, type SourceTranslate } from '@/lib/content/source-view';

export interface SourceFactsProps {
  entry: SourceEntryData;
  locale: Locale;
  t: SourceTranslate;
  /** Compact: one line (result pages); otherwise one line per fact (source lists). */
  compact?: boolean;
}

/** The kind, issuer, number, dates, official publication, address confidence, translation and last check of a source. */
export function SourceFacts({ entry, locale, t, compact }: SourceFactsProps) {
  const translation = translationView(entry, locale, t);
  const translationLink = translation && (
    <>
      {translation.label}
      <a href={translation.url} hrefLang="en" className="text-brand-800 underline break-words" rel="noopener noreferrer">
        {translation.by}
      </a>
      {translation.address}
    </>
  );
  if (compact) {
    // The brackets as the language writes them (" (…)", "（…）"), around facts that hold a link.
    const [open, close] = t('sourceFactsCompact', { facts: '\u0000' }).split('\u0000');
    return (
      <span className="text-slate-500">
        {open}
        {compactSourceFacts(entry, locale, t).join(' · ')}
        {translationLink && <> · {translationLink}</>}
        {close}
      </span>
    );
  }
  // The translation goes with the addresses, before the date the entry was last checked.
  const lines = sourceFactLines(entry, locale, t);
  const checked = lines.pop();
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="block text-slate-600">
          {line}
        </span>
      ))}
      {translationLink && <span className="block text-slate-600">{translationLink}</span>}
      <span className="block text-slate-600">{checked}</span>
    </>
  );
}
