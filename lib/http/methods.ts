import type { SitePage } from '@/lib/pages';
import { edgeErrorResponse } from './error-page';
import { formPostRefusal } from './form-posts';
import type { Step } from './reading';

/**
 * Which HTTP methods a path answers, and what the others get. Pages are read with GET and HEAD; pages marked
 * `forms` in lib/pages.ts also take POST (a server action posts to the page's own address).
 * Anything else (PUT, DELETE, PATCH, TRACE, WebDAV verbs …) gets 405 with an Allow header, and OPTIONS a 204
 * with the same header, instead of the page (Next renders a page for any method) or a 500.
 */

/**
 * Methods that the WHATWG fetch `Request` refuses to represent: Next throws building the proxy's request
 * for them (a 500 and a stack trace per request), so the server answers them before Next.
 */
export const FORBIDDEN_BY_FETCH: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** The methods a page serves (null: no page of the site), for the Allow header. */
export function allowedMethods(page: Pick<SitePage, 'forms'> | null): readonly string[] {
  return page?.forms ? ['GET', 'HEAD', 'POST', 'OPTIONS'] : ['GET', 'HEAD', 'OPTIONS'];
}

export type MethodAnswer = { status: 204 | 405; allow: string };

/** The answer to a method the page does not serve (405) or to OPTIONS (204); null to let the request through. */
export function methodAnswer(method: string, page: Pick<SitePage, 'forms'> | null): MethodAnswer | null {
  const allowed = allowedMethods(page);
  const allow = allowed.join(', ');
  const upper = method.toUpperCase();
  if (upper === 'OPTIONS') return { status: 204, allow };
  return allowed.includes(upper) ? null : { status: 405, allow };
}

/**
 * The proxy's step before any other reads the request: the answer to a request no page should see (a method the
 * page does not serve, OPTIONS, an oversized or cross-origin POST), or null to carry on.
 */
export const refuseRequest: Step = (request, { page }) => {
  const method = methodAnswer(request.method, page);
  if (method?.status === 204) return new Response(null, { status: 204, headers: { Allow: method.allow, 'Cache-Control': 'no-store' } });
  if (method) return edgeErrorResponse(405, { Allow: method.allow }, request.method);
  const refusal = formPostRefusal(request.method, request.headers);
  return refusal ? edgeErrorResponse(refusal.status, {}, request.method) : null;
};
