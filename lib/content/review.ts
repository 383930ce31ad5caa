import type { Locale } from '@/lib/i18n/routing';
import { categories } from './categories';
import { guides } from './guides';

/** The most recent review date of the locale's content pages (YYYY-MM-DD), or null when there are none. */
export function latestReview(locale: Locale): string | null {
  const dates = [...categories.list(locale), ...guides.list(locale)].map((entry) => entry.meta.lastReviewed);
  return dates.length > 0 ? dates.sort().at(-1)! : null;
}
