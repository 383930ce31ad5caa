import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { LOCALES, routing } from './lib/i18n/routing';
import { isBadAssessmentQuery, resultCacheKey } from './lib/wizard/result';
import { isKnownPath, isRootFile } from './lib/routes';
import { NO_SCRIPT_POLICY } from './lib/security/csp';
import { cachedPagePolicy, requestPolicy, staticPagePolicy } from './lib/security/page-policy';
import { boundedMemo } from './lib/bounded-memo';
import type { SearchParams } from './lib/wizard/step';
import { recordAssessmentEvent } from './lib/inbox/counts';
import { assessmentEventOf } from './lib/inbox/assessment-event';
import { crossSiteRefusal, isCrossSiteInboxWrite } from './lib/inbox/cross-site';

// Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise).
const intl = createMiddleware(routing);

// Result links are a few hundred characters; anything this long is mangled, and its redirects would be too.
const MAX_URL_LENGTH = 4096;

const LOCALE_PATTERN = LOCALES.join('|');
const ASSESSMENT = new RegExp(`^/(?:${LOCALE_PATTERN})/assessment/(?:q/([^/]+)|result)$`);
const CACHED_RESULT = new RegExp(`^/(?:${LOCALE_PATTERN})/assessment/result/`);
const LOCALE_PREFIX = new RegExp(`^/(${LOCALE_PATTERN})(?:/|$)`);
const CSP = 'content-security-policy';
// Names the cached result route to render; next.config.js rewrites to it. Never taken from the client.
const RESULT_KEY = 'x-icp-result';

type Policy = { policy: string; nonce?: string };

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    // Next answers a path it cannot percent-decode with a bare 500 (even after a rewrite), so answer it here.
    return errorPage(400);
  }
  if (request.url.length > MAX_URL_LENGTH) return errorPage(414);
  // The framework's files never come here (see the matcher): what does is a mangled or made-up name.
  if (pathname.startsWith('/_next/')) return errorPage(404);
  const locale = LOCALE_PREFIX.exec(pathname)?.[1];
  // The cached result route is reached only through the rewrite; answering it here keeps 404s out of its cache.
  if (locale && CACHED_RESULT.test(pathname)) return errorPage(404);
  // Unknown pages under a locale get status 404 and Next's not-found page (see lib/routes.ts for why); for any
  // method but GET and HEAD, Next streams an empty shell instead (vercel/next.js#62228), so answer it here.
  if (locale && !isKnownPath(pathname)) return isRead(request) ? render(request, requestPolicy(), 404) : errorPage(404);
  // Outside the locales: the site's few files, a 404 for any other file name, and a redirect into a locale.
  if (!locale) {
    if (isRootFile(pathname)) return withPolicy(NextResponse.next({ request: { headers: forwarded(request) } }), NO_SCRIPT_POLICY);
    if (/\.[^/]*$/.test(pathname)) return errorPage(404);
    return withPolicy(intl(request), NO_SCRIPT_POLICY);
  }
  if (isCrossSiteInboxWrite(request.method, pathname, request.headers)) return crossSiteRefusal();
  const match = ASSESSMENT.exec(pathname);
  if (match) {
    recordAssessmentEvent(assessmentEventOf(request.method, match[1], request.nextUrl.searchParams, request.headers));
    // Pages cannot set their own status: answers that cannot be read get 400 here, and the page explains why.
    if (match[1] === undefined) {
      const result = resultRoute(`${locale}\n${request.nextUrl.search}`);
      return result ? cachedResult(request, result) : render(request, requestPolicy(), 400);
    }
    if (isBadAssessmentQuery('question', match[1], searchParamsOf(request.nextUrl.searchParams)))
      return render(request, requestPolicy(), 400);
  }
  // A POST (the site's forms use GET) makes Next render even a static page afresh, so it gets a nonce.
  const prerendered = isRead(request) ? staticPagePolicy(pathname) : null;
  return render(request, prerendered ? { policy: prerendered } : requestPolicy());
}

/**
 * Lets Next render (or serve) the page under `policy`. A nonce reaches Next through the request's CSP header,
 * which it reads to mark its own scripts; whatever CSP header the client sent is dropped.
 */
function render(request: NextRequest, { policy, nonce }: Policy, status?: number): NextResponse {
  for (const name of [CSP, RESULT_KEY]) request.headers.delete(name);
  if (nonce) request.headers.set(CSP, policy);
  return withPolicy(status ? NextResponse.next({ status, request: { headers: request.headers } }) : intl(request), policy);
}

type ResultRoute = { key: string; policy: string };

/**
 * Where a result URL (locale and query string) is rendered: its cached route, keyed by the canonical query,
 * or null for a 400. Memoised, because popular results are requested over and over.
 */
const resultRoute = boundedMemo(5000, (localeAndSearch): ResultRoute | null => {
  const [locale, search = ''] = localeAndSearch.split('\n');
  const key = resultCacheKey(searchParamsOf(new URLSearchParams(search)));
  if (key === null) return null;
  return { key: encodeURIComponent(key), policy: cachedPagePolicy(`/${locale}/assessment/result/${key}`).policy };
});

/**
 * A result URL is rendered once per canonical query, then served from Next's cache: the header makes the
 * rewrite in next.config.js send it to app/[locale]/assessment/result/[answers]. (NextResponse.rewrite would
 * do the same, but Next then runs the proxy a second time, on the rewritten path.)
 */
function cachedResult(request: NextRequest, { key, policy }: ResultRoute): NextResponse {
  const headers = forwarded(request);
  headers.set(CSP, policy);
  headers.set(RESULT_KEY, key);
  return withPolicy(NextResponse.next({ request: { headers } }), policy);
}

function isRead(request: NextRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set(CSP, policy);
  return response;
}

/** The request's headers without those only the proxy may set. */
function forwarded(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  for (const name of [CSP, RESULT_KEY]) headers.delete(name);
  return headers;
}

function errorPage(status: 400 | 404 | 414): NextResponse {
  return new NextResponse(BAD_URL_PAGE, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', [CSP]: NO_SCRIPT_POLICY },
  });
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

function searchParamsOf(search: URLSearchParams): SearchParams {
  const params: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of search) {
    const existing = params[key];
    params[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return params;
}

export const config = {
  // Everything but the API route and the framework's well-formed file names: paths with dots too, so /en/x.y is
  // a real 404; other /api/… paths, which would otherwise reach the [locale] routes with "api" as the locale; and
  // mangled /_next/… names, which Next answers with a 500 (an undecodable one) or an error page of its own.
  matcher: ['/((?!api/assessment$|_next/static/[A-Za-z0-9_~./-]+$).*)'],
};
