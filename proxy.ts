import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { LOCALES, routing } from './lib/i18n/routing';
import { isBadAssessmentQuery } from './lib/wizard/result';
import { isKnownPath } from './lib/routes';
import type { SearchParams } from './lib/wizard/step';

// Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise).
const intl = createMiddleware(routing);

// Result links are a few hundred characters; anything this long is mangled, and its redirects would be too.
const MAX_URL_LENGTH = 4096;

const LOCALE_PATTERN = LOCALES.join('|');
const ASSESSMENT = new RegExp(`^/(?:${LOCALE_PATTERN})/assessment/(?:q/([^/]+)|result)$`);
const LOCALE_PREFIX = new RegExp(`^/(${LOCALE_PATTERN})(?:/|$)`);

export default function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    // Next answers a path it cannot percent-decode with a bare 500 (even after a rewrite), so answer it here.
    return new NextResponse(BAD_URL_PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  const { pathname } = request.nextUrl;
  if (request.url.length > MAX_URL_LENGTH) {
    return new NextResponse(BAD_URL_PAGE, { status: 414, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  // Unknown pages under a locale go to the catch-all page with status 404 (see lib/routes.ts for why).
  const locale = LOCALE_PREFIX.exec(pathname)?.[1];
  if (locale && !isKnownPath(pathname)) return NextResponse.next({ status: 404 });
  // A file name outside the locales (robots.txt, icons, public files): let Next serve it or answer 404.
  if (!locale && /\.[^/]*$/.test(pathname)) return NextResponse.next();
  const match = ASSESSMENT.exec(pathname);
  if (match) {
    // Pages cannot set their own status: answers that cannot be read get 400 here, and the page explains why.
    const bad = isBadAssessmentQuery(match[1] === undefined ? 'result' : 'question', match[1] ?? null, searchParamsOf(request));
    if (bad) return NextResponse.next({ status: 400 });
  }
  // Paths outside the locales are redirected into one (Accept-Language, English otherwise).
  return intl(request);
}

const BAD_URL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address · 地址有误</title><meta name="robots" content="noindex"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a">
<h1>This address is not valid</h1><p>The link may have been cut or changed. <a href="/en">Go to the home page</a> or <a href="/en/assessment">start the self-assessment</a>.</p>
<h2 lang="zh-CN">链接地址无效</h2><p lang="zh-CN">链接可能被截断或改动。<a href="/zh">返回首页</a>，或<a href="/zh/assessment">开始自评估</a>。</p>
</body></html>`;

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
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
  // Everything but the framework's files and the API: paths with dots too, so /en/x.y is a real 404.
  matcher: ['/((?!api/|_next/|_vercel/).*)'],
};
