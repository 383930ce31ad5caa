import createMiddleware from 'next-intl/middleware';
import { NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { edgeErrorResponse } from './error-page';
import type { Step } from './reading';
import { withPolicy } from './respond';

/** Sends `/` and unprefixed paths to the visitor's preferred locale (Accept-Language, English otherwise). */
export const intl = createMiddleware(routing);

// The files served outside the locales: app/robots.ts, app/sitemap.ts and public/ (a test checks every file there is here).
export const ROOT_FILES: ReadonlySet<string> = new Set([
  '/robots.txt',
  '/sitemap.xml',
  '/icon.svg',
  '/favicon.ico',
  '/apple-touch-icon.png',
  '/og-default.png',
]);

/** Outside the locales: the site's few files, a 404 for any other file name, and a redirect into a locale. */
export const leaveLocales: Step = (request, { locale, sitePath }) => {
  if (locale) return null;
  if (ROOT_FILES.has(sitePath)) return withPolicy(NextResponse.next({ request: { headers: request.headers } }), NO_SCRIPT_POLICY);
  if (/\.[^/]*$/.test(sitePath)) return edgeErrorResponse(404, {}, request.method, 'address');
  return withPolicy(languageRedirect(intl(request)), NO_SCRIPT_POLICY);
};

/**
 * The redirect from `/` (and unprefixed paths) into a locale depends on Accept-Language: a shared cache must
 * neither give one visitor's language to everyone nor keep it, so the redirect says both.
 */
export function languageRedirect<R extends { status: number; headers: Headers }>(response: R): R {
  if (response.status >= 300 && response.status < 400) {
    const vary = response.headers.get('vary');
    if (!vary?.split(',').some((v) => v.trim().toLowerCase() === 'accept-language'))
      response.headers.set('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
    response.headers.set('cache-control', 'private');
  }
  return response;
}
