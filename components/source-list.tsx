import { getTranslations, getFormatter } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Source } from '@/lib/content/schema';
import { getSite } from '@/lib/content/site';

export interface SourceListProps {
  locale: Locale;
  sources: readonly Source[];
  lastReviewed: string;
}

/** The page's sources, primary texts first, and its review date. */
export async function SourceList({ locale, sources, lastReviewed }: SourceListProps) {
  const t = await getTranslations({ locale, namespace: 'categories' });
  const format = await getFormatter({ locale });
  const rank = { primary: 0, secondary: 1, agency: 2 } as const;
  const ordered = [...sources].sort((a, b) => rank[a.kind] - rank[b.kind]);
  // The reviewer named in content/site.yaml (about.reviewer), when there is one.
  const reviewer = getSite().about?.reviewer;
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="sources" className="text-xl font-semibold text-slate-900">
        {t('sources')}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm text-slate-700">
        {ordered.map((source) => (
          <li key={source.url}>
            <a href={source.url} className="text-brand-800 underline break-words" rel="noopener noreferrer">
              {source.title}
            </a>{' '}
            <span className="text-slate-500">({t(`sourceKind.${source.kind}`)})</span>
            {source.note && <span className="block text-slate-600">{source.note}</span>}
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
