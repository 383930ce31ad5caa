import type { Locale } from '@/lib/i18n/routing';
import { categories } from './categories';
import { createCollection, type Entry } from './collection';
import { guideMetaSchema, type CategoryMeta, type GuideMeta } from './schema';

/** Explanatory guides, `content/<locale>/guides/<slug>.mdx`. */
export const guides = createCollection('guides', guideMetaSchema);

/** The categories and guides a guide names as related, in its locale (a slug that does not exist is left out). */
export function relatedEntries(locale: Locale, meta: GuideMeta): { categories: Entry<CategoryMeta>[]; guides: Entry<GuideMeta>[] } {
  return {
    categories: meta.related.categories.flatMap((slug) => categories.get(locale, slug) ?? []),
    guides: meta.related.guides.flatMap((slug) => guides.get(locale, slug) ?? []),
  };
}
