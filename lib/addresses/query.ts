/** A page's query, as Next hands it over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Rebuilds a query string from Next's searchParams, leaving out the given keys. */
export function toQueryString(params: SearchParams, omit: readonly string[] = []): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (omit.includes(key) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  return search.toString();
}
