import type { NextRequest } from 'next/server';
import { dropPrivateHeaders, refuseBadAddress } from './lib/http/address';
import { answerAssessment } from './lib/http/assessment';
import { moveForwardedFor } from './lib/security/client-address';
import { edgeErrorResponse } from './lib/http/error-page';
import { bodyToRead, unreadableBody } from './lib/http/form-posts';
import { refuseUnknownPage } from './lib/http/known-page';
import { refuseRequest } from './lib/http/methods';
import { leaveLocales } from './lib/http/outside-locales';
import { readRequest, type Step } from './lib/http/reading';
import { render } from './lib/http/render';

/**
 * What the proxy does with a request, in order, given the one reading of its address (lib/http/reading.ts: the
 * locale, the page, and what an assessment address holds). Each step answers the request or passes it on (null);
 * what no step answers is rendered by Next under the page's Content-Security-Policy (lib/http/render.ts). The order
 * matters and is tested (lib/http/proxy.test.ts): an address is checked before anything reads it, the locale
 * before the page.
 */
export const STEPS: readonly Step[] = [
  // The CSP request header carries a page's nonce to Next: only the proxy may set it.
  dropPrivateHeaders,
  // X-Forwarded-For is set aside, so Next fills it with the connection's address (rate limits read that).
  moveForwardedFor,
  // 405 (with Allow) for methods a page does not serve, 204 for OPTIONS, 403/413/411 for cross-origin or oversized posts.
  refuseRequest,
  // 400 for undecodable paths, 414 for over-long URLs, 404 for mangled framework file names.
  refuseBadAddress,
  // Outside /<locale>/: robots, sitemap and icon; 404 for other file names; a redirect into a locale.
  leaveLocales,
  // Assessment addresses: a redirect to the canonical address, 404 for codes that do not read, 400 for a query
  // that cannot move on; starts and results counted for the staff dashboard.
  answerAssessment,
  // 404 for anything under a locale that is not in the page table (lib/pages.ts).
  refuseUnknownPage,
];

export default function proxy(request: NextRequest): Response | Promise<Response> {
  const reading = readRequest(request.nextUrl);
  for (const step of STEPS) {
    const response = step(request, reading);
    if (response) return response;
  }
  // A form's body is read (a copy) only for the posts Next would parse: 400 where its parser would throw a 500 (ADR 0011).
  if (bodyToRead(request.method, request.headers))
    return unreadableBody(request).then((bad) => (bad ? edgeErrorResponse(400, {}, request.method) : render(request, reading)));
  return render(request, reading);
}

export const config = {
  // Everything but the JSON API and the framework's well-formed file names: paths with dots too, so /en/x.y is
  // a real 404; other /api/… paths, which would otherwise reach the [locale] routes with "api" as the locale; and
  // mangled /_next/… names, which Next answers with a 500 (an undecodable one) or an error page of its own.
  matcher: ['/((?!api/assessment(?:/[0-9a-z-]+)?$|api/sources$|_next/static/[A-Za-z0-9_~./-]+$).*)'],
};
