import { NextResponse, type NextRequest } from 'next/server';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { LOCALES, isLocale, type Locale } from '@/lib/i18n/routing';

export const CSP = 'content-security-policy';

/** Headers only the proxy may set on a request: a client's own are dropped before any step reads them. */
export const PRIVATE_REQUEST_HEADERS = [CSP, 'x-icp-decoded'] as const;

/** A step of the proxy: an answer for the request, or null to let the next step look at it. */
export type Step = (request: NextRequest) => Response | null;

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(/.*)?$`);

/** The locale of a path and the site path after it (`/zh/faq` → zh, `/faq`), or null outside the locales. */
export function splitLocale(pathname: string): { locale: Locale; sitePath: string } | null {
  const match = LOCALE_PREFIX.exec(pathname);
  return match && isLocale(match[1]) ? { locale: match[1], sitePath: (match[2] ?? '').replace(/\/$/, '') } : null;
}

export function isRead(request: NextRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

export function withPolicy(response: NextResponse, policy: string): NextResponse {
  response.headers.set(CSP, policy);
  return response;
}

/**
 * The proxy's own page for addresses no page of the site can have (an undecodable or over-long path, a mangled
 * framework file name, or a 404 for a request Next would answer with an empty shell): bilingual, because the
 * address says nothing reliable about the visitor's language, and with links back into the site. Runs no script.
 */
export function addressErrorPage(status: 400 | 404 | 414): NextResponse {
  return new NextResponse(BAD_ADDRESS_PAGE, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', [CSP]: NO_SCRIPT_POLICY },
  });
}

// The two languages are the subject here: this page cannot load the locale messages.
const BAD_ADDRESS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address · 地址有误</title><meta name="robots" content="noindex"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a"><main>
<h1>This address is not valid</h1><p>The link may have been cut or changed. <a href="/en">Go to the home page</a> or <a href="/en/assessment">start the self-assessment</a>.</p>
<h2 lang="zh-CN">链接地址无效</h2><p lang="zh-CN">链接可能被截断或改动。<a href="/zh">返回首页</a>，或<a href="/zh/assessment">开始自评估</a>。</p>
</main></body></html>`;
