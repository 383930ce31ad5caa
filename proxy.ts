import type { NextRequest } from 'next/server';
import { dropPrivateHeaders, refuseBadAddress } from './lib/edge/address';
import { moveForwardedFor } from './lib/edge/client-address';
import { refuseRequest } from './lib/edge/request-guard';
import { leaveLocales } from './lib/edge/outside-locales';
import { refuseUnknownPage } from './lib/edge/known-page';
import { readAssessmentQuery } from './lib/edge/assessment-query';
import { readQuestionPage } from './lib/edge/question-page';
import { countAssessment } from './lib/edge/count-assessment';
import { render } from './lib/edge/render';
import { bodyToRead, unreadableBody } from './lib/edge/form-posts';
import { edgeErrorResponse } from './lib/edge/error-page';
import type { Step } from './lib/edge/respond';

/**
 * What the proxy does with a request, in order. Each step answers the request or passes it on (null); what no
 * step answers is rendered by Next under the page's Content-Security-Policy (lib/edge/render.ts). The order
 * matters and is tested (lib/edge/proxy.test.ts): an address is checked before anything reads it, the locale
 * before the page, the page before its query.
 */
export const STEPS: readonly Step[] = [
  // Client headers that only the proxy may set (the CSP nonce, the decoded answers) are dropped first.
  dropPrivateHeaders,
  // X-Forwarded-For is set aside, so Next fills it with the connection's address (rate limits read that).
  moveForwardedFor,
  // 405 (with Allow) for methods a path does not serve, 204 for OPTIONS, 403/413/411 for cross-origin or oversized posts.
  refuseRequest,
  // 400 for undecodable paths, 414 for over-long URLs, 404 for mangled framework file names.
  refuseBadAddress,
  // Outside /<locale>/: robots, sitemap and icon; 404 for other file names; a redirect into a locale.
  leaveLocales,
  // 404 for anything under a locale that is not in the page table (lib/pages.ts).
  refuseUnknownPage,
  // A result's answers read once: 404 for codes that do not read, 308 from long result links to short ones; 400 when unreadable.
  readAssessmentQuery,
  // Question pages: 404 for codes that do not read, 308 to the canonical address, 303 on from a valid answer, 400 otherwise.
  readQuestionPage,
  // Assessments started and finished, counted for the staff dashboard (totals only, nothing about the visitor).
  countAssessment,
];

export default function proxy(request: NextRequest): Response | Promise<Response> {
  for (const step of STEPS) {
    const response = step(request);
    if (response) return response;
  }
  // A form's body is read (a copy) only for the posts Next would parse: 400 where its parser would throw a 500 (ADR 0011).
  if (bodyToRead(request.method, request.headers))
    return unreadableBody(request).then((bad) => (bad ? edgeErrorResponse(400, {}, request.method) : render(request)));
  return render(request);
}

export const config = {
  // Everything but the JSON API and the framework's well-formed file names: paths with dots too, so /en/x.y is
  // a real 404; other /api/… paths, which would otherwise reach the [locale] routes with "api" as the locale; and
  // mangled /_next/… names, which Next answers with a 500 (an undecodable one) or an error page of its own.
  matcher: ['/((?!api/assessment(?:/[0-9a-z-]+)?$|api/sources$|_next/static/[A-Za-z0-9_~./-]+$).*)'],
};
