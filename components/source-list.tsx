import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { SourceRef } from '@/lib/content/schema';
import { byKind, resolveSources, sourceName } from '@/lib/content/sources';
import { getSite } from '@/lib/content/site';
import { SourceFacts } from './source-facts';

export interface SourceListProps {
  locale: Locale;
  /** The page's `sources:` references to content/sources.yaml. */
  sources: readonly SourceRef[];
  lastReviewed: string;
}

/** The page's sources, official texts first, each with its kind, issuer, number, dates, address confidence, translation and last check; and the page's review date. */
export async function SourceList({ locale, sources, lastReviewed }: SourceListProps) {
  const t = await getTranslations({ locale, namespace: 'categories' });
  const format = await getFormatter({ locale });
  const ordered = byKind(resolveSources(sources, 'page sources'));
  // The reviewer named in content/site.yaml (about.reviewer), when there is one.
  const reviewer = getSite().about?.reviewer;
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="sources" className="text-xl font-semibold text-slate-900">
        {t('sources')}
      </h2>
      <ol className="mt-3 list-decimal space-y-3 pl-5 text-sm text-slate-700">
        {ordered.map(({ entry, article, note }) => (
          <li key={entry.id}>
            {entry.url ? (
              <a
                href={entry.url}
                hrefLang={entry.kind === 'official' ? 'zh' : undefined}
                className="text-brand-800 underline break-words"
                rel="noopener noreferrer"
              >
                {sourceName(entry, locale)}
              </a>
            ) : (
              <span className="font-medium text-slate-800">{sourceName(entry, locale)}</span>
            )}
            {article && <span> {article}</span>}
            <SourceFacts entry={entry} locale={locale} t={(key, values) => t(key, values)} />
            {note && <span className="block text-slate-600">{note}</span>}
          </li>
        ))}
      </ol>
      <p className="mt-4 text-sm text-slate-600">
        {reviewer
          ? t('lastReviewedBy', { name: reviewer.name[locale], qualification: reviewer.qualification[locale] })
          : t('lastReviewedLabel')}{' '}
        <time dateTime={lastReviewed}>
          {format.dateTime(new Date(`${lastReviewed}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}
        </time>
      </p>
    </section>
  );
}
