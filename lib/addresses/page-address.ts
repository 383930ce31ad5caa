import { cache } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { readAssessmentAddress } from './assessment-address';
import { toQueryString, type SearchParams } from './query';

// A page and its metadata share one reading of their address per request (React's cache lasts one render).
const read = cache((locale: Locale, sitePath: string, query: string) =>
  readAssessmentAddress(locale, sitePath, new URLSearchParams(query)),
);

/**
 * What an assessment page's address holds, read by the same function as the proxy read it
 * (lib/addresses/assessment-address.ts), once per request. `sitePath` is the path after the locale, from the
 * page's params; `searchParams` its query, for the pages that have one.
 */
export function pageAddress(locale: Locale, sitePath: string, searchParams: SearchParams = {}) {
  return read(locale, sitePath, toQueryString(searchParams));
}
