import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { isBadAssessmentQuery } from './lib/wizard/result';
import type { SearchParams } from './lib/wizard/step';

// Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise).
const intl = createMiddleware(routing);

const ASSESSMENT = /^\/(?:en|zh)\/assessment\/(?:q\/([^/]+)|result)$/;

export default function proxy(request: NextRequest) {
  const match = ASSESSMENT.exec(request.nextUrl.pathname);
  if (match) {
    // Pages cannot set their own status: answers that cannot be read get 400 here, and the page explains why.
    const bad = isBadAssessmentQuery(match[1] === undefined ? 'result' : 'question', match[1] ?? null, searchParamsOf(request));
    if (bad) return NextResponse.next({ status: 400 });
  }
  return intl(request);
}

function searchParamsOf(request: NextRequest): SearchParams {
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of request.nextUrl.searchParams) {
    const existing = params[key];
    params[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
