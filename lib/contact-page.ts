import { getSite } from '@/lib/content/site';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resultOfLink } from '@/lib/views/result';

/** What the contact page shows, from its `result` parameter. */
export interface ContactPageView {
  /** The result the visitor came from (a path on this site) and its full address, or null. */
  result: { path: string; url: string } | null;
  /** The page's query string to keep on the language switch, without '?'. */
  query: string | undefined;
  /** The enquiry form, carrying the result along. */
  enquiryHref: string;
}

/** Reads the contact page's `result` parameter: a result link of this site, anything else ignored. */
export function contactPageView(locale: Locale, resultParam: string | string[] | undefined): ContactPageView {
  const path = resultOfLink(locale, resultParam)?.href ?? null;
  const query = path ? `result=${encodeURIComponent(path)}` : undefined;
  return {
    result: path ? { path, url: `${getSite().siteUrl}${path}` } : null,
    query,
    enquiryHref: `${localePath(locale, '/enquiry')}${query ? `?${query}` : ''}`,
  };
}
