import { LANGUAGE_TAGS, LOCALES } from '@/lib/i18n/routing';
import { MESSAGES } from '@/lib/i18n/messages';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';

/** The statuses the edge answers itself, each with a title and a way forward in every locale (messages: edgeError). */
export type EdgeStatus = 400 | 403 | 404 | 405 | 411 | 413 | 414 | 429;

/** What the page explains: a refused request (by its status), or an address no page can have (`address`: 400, 404, 414). */
export type EdgeProblem = Exclude<EdgeStatus, 404 | 414> | 'address';

/** The headers next.config.js gives every response (a test keeps the two equal), for answers written before Next runs. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The edge's one error page: a small page that runs nothing, with what went wrong and a way back in every locale, the
 * default first (the address says nothing reliable about the visitor's language, and no locale's layout can load).
 */
export function edgeErrorHtml(problem: EdgeProblem): string {
  const sections = LOCALES.map((locale, i) => {
    const m = MESSAGES[locale].edgeError;
    const lang = i === 0 ? '' : ` lang="${LANGUAGE_TAGS[locale]}"`;
    const h = i === 0 ? 'h1' : 'h2';
    const start = problem === 'address' ? ` · <a href="/${locale}/assessment">${escape(m.address.assessment)}</a>` : '';
    return `<section${lang}><${h}>${escape(m[problem].title)}</${h}><p>${escape(m[problem].body)}</p><p><a href="/${locale}">${escape(m.home)}</a>${start}</p></section>`;
  });
  const title = LOCALES.map((locale) => MESSAGES[locale].edgeError[problem].title).join(' · ');
  return `<!doctype html><html lang="${LANGUAGE_TAGS[LOCALES[0]]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><meta name="robots" content="noindex"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a"><main>${sections.join('\n')}</main></body></html>`;
}

/** Status and headers of an edge answer; `extra` adds e.g. Allow. Never cached, never framed, runs no script. */
export function edgeErrorHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': NO_SCRIPT_POLICY,
    ...extra,
  };
}

/** The edge's answer as a fetch Response (for proxy.ts); the page explains `problem`, by default the status's. */
export function edgeErrorResponse(
  status: EdgeStatus,
  extra: Record<string, string> = {},
  method = 'GET',
  problem: EdgeProblem = status as EdgeProblem,
): Response {
  return new Response(method.toUpperCase() === 'HEAD' ? null : edgeErrorHtml(problem), { status, headers: edgeErrorHeaders(extra) });
}
