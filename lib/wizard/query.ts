import type { SearchParams } from './step';

/** Rebuilds a query string from Next's searchParams, leaving out the given keys. */
export function toQueryString(params: SearchParams, omit: readonly string[] = []): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (omit.includes(key) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  return search.toString();
}
