import { splitLocale } from './respond';
import { edgeErrorResponse } from './error-page';
import { formPostRefusal } from './form-posts';
import { methodAnswer } from './methods';

type GuardedRequest = { method: string; nextUrl: { pathname: string }; headers: { get(name: string): string | null } };

/** The path after `/<locale>` ('' for the home page), or null for a path outside the locales. */
export function localeRest(pathname: string): string | null {
  return splitLocale(pathname)?.sitePath ?? null;
}

/**
 * The proxy's first step: the answer to a request no page should see (a method the path does not serve,
 * OPTIONS, an oversized or cross-origin POST), or null to carry on.
 */
export function refuseRequest(request: GuardedRequest): Response | null {
  const rest = localeRest(request.nextUrl.pathname);
  const method = methodAnswer(request.method, rest);
  if (method?.status === 204) return new Response(null, { status: 204, headers: { Allow: method.allow, 'Cache-Control': 'no-store' } });
  if (method) return edgeErrorResponse(405, { Allow: method.allow }, request.method);
  const refusal = formPostRefusal(request.method, request.headers);
  return refusal ? edgeErrorResponse(refusal.status, {}, request.method) : null;
}
