import type { ReactNode } from 'react';
import type { Citation } from '@/lib/assessment';
import type { SourceEntryData } from '@/lib/content/schema';
import { getSource, sourceName } from '@/lib/content/sources';
import { citationSeparator, withArticle } from '@/lib/i18n/articles';
import type { Locale } from '@/lib/i18n/routing';

export interface CitationListProps {
  locale: Locale;
  citations: readonly Citation[];
  /** What to show after each source's name and article (its kind, number, last check…), if anything. */
  facts?: (source: SourceEntryData) => ReactNode;
}

/** A rule's citations, separated as each language separates them: each source's name (linked where it has an address) and its article. */
export function CitationList({ locale, citations, facts }: CitationListProps) {
  return citations.map((citation, i) => {
    const source = getSource(citation.source);
    if (!source) return null;
    const name = sourceName(source, locale);
    return (
      <span key={`${citation.source}-${i}`}>
        {i > 0 && citationSeparator(locale)}
        {source.url ? (
          <a href={source.url} hrefLang={source.kind === 'official' ? 'zh' : undefined} className="text-link" rel="noopener noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
        {citation.article && withArticle(locale, '', citation.article)}
        {facts?.(source)}
      </span>
    );
  });
}
