import { DEFAULT_LOCALE } from '@/lib/i18n/routing';
import { pageFor } from '@/lib/pages';

/**
 * Which HTTP methods a path answers, and what the others get. Pages are read with GET and HEAD; pages marked
 * `forms` in lib/pages.ts also take POST (a server action posts to the page's own address).
 * Anything else (PUT, DELETE, PATCH, TRACE, WebDAV verbs …) gets 405 with an Allow header, and OPTIONS a 204
 * with the same header, instead of the page (Next renders a page for any method) or a 500.
 */

/**
 * Methods that the WHATWG fetch `Request` refuses to represent: Next throws building the proxy's request
 * for them (a 500 and a stack trace per request), so lib/edge/server-guard.ts answers them before Next.
 */
export const FORBIDDEN_BY_FETCH: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** The methods a path serves, for the Allow header. `localeRest` is the path after `/<locale>`, or null outside the locales. */
export function allowedMethods(localeRest: string | null): readonly string[] {
  const rest = localeRest?.replace(/\/$/, '') ?? null;
  return rest !== null && pageFor(DEFAULT_LOCALE, rest)?.forms ? ['GET', 'HEAD', 'POST', 'OPTIONS'] : ['GET', 'HEAD', 'OPTIONS'];
}

export type MethodAnswer = { status: 204 | 405; allow: string };

/** The answer to a method the path does not serve (405) or to OPTIONS (204); null to let the request through. */
export function methodAnswer(method: string, localeRest: string | null): MethodAnswer | null {
  const allowed = allowedMethods(localeRest);
  const allow = allowed.join(', ');
  const upper = method.toUpperCase();
  if (upper === 'OPTIONS') return { status: 204, allow };
  return allowed.includes(upper) ? null : { status: 405, allow };
}
