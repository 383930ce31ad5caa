import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { isBadAssessmentQuery } from './lib/wizard/result';
import { getQuestion } from './lib/assessment/flow';
import type { SearchParams } from './lib/wizard/step';

// Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise).
const intl = createMiddleware(routing);

const ASSESSMENT = /^\/(?:en|zh)\/assessment\/(?:q\/([^/]+)|result)$/;

export default function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    // Next answers a path it cannot percent-decode with a bare 500 (even after a rewrite), so answer it here.
    return new NextResponse(BAD_URL_PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  const match = ASSESSMENT.exec(request.nextUrl.pathname);
  if (match) {
    if (match[1] !== undefined && !getQuestion(match[1])) return NextResponse.next({ status: 404 });
    // Pages cannot set their own status: answers that cannot be read get 400 here, and the page explains why.
    const bad = isBadAssessmentQuery(match[1] === undefined ? 'result' : 'question', match[1] ?? null, searchParamsOf(request));
    if (bad) return NextResponse.next({ status: 400 });
  }
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
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
