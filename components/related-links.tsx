import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

interface LinkedEntry {
  slug: string;
  meta: { title: string };
}

export interface RelatedLinksProps {
  locale: Locale;
  categories: readonly LinkedEntry[];
  guides: readonly LinkedEntry[];
}

/** A guide's related categories and guides. */
export async function RelatedLinks({ locale, categories, guides }: RelatedLinksProps) {
  if (categories.length === 0 && guides.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'guides' });
  const groups = [
    { title: t('relatedCategories'), section: 'categories', entries: categories },
    { title: t('relatedGuides'), section: 'guides', entries: guides },
  ].filter((group) => group.entries.length > 0);
  return (
    <section aria-labelledby="related" className="no-print mt-10 rounded-lg border border-slate-200 p-5">
      <h2 id="related" className="text-xl font-semibold text-slate-900">
        {t('related')}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {groups.map((group) => (
          <div key={group.section}>
            <h3 className="font-semibold text-slate-800">{group.title}</h3>
            <ul className="mt-1 list-disc pl-5">
              {group.entries.map((entry) => (
                <li key={entry.slug}>
                  <Link href={localePath(locale, `/${group.section}/${entry.slug}`)} className="text-brand-800 underline">
                    {entry.meta.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
