import createMiddleware from 'next-intl/middleware';
import { NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { languageRedirect } from './language-redirect';
import { addressErrorPage, splitLocale, withPolicy, type Step } from './respond';

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

/** Whether a path outside the locales is one of the site's files. */
export function isRootFile(pathname: string): boolean {
  return ROOT_FILES.has(pathname);
}

/** Outside the locales: the site's few files, a 404 for any other file name, and a redirect into a locale. */
export const leaveLocales: Step = (request) => {
  const { pathname } = request.nextUrl;
  if (splitLocale(pathname)) return null;
  if (isRootFile(pathname)) return withPolicy(NextResponse.next({ request: { headers: request.headers } }), NO_SCRIPT_POLICY);
  if (/\.[^/]*$/.test(pathname)) return addressErrorPage(404);
  return withPolicy(languageRedirect(intl(request)), NO_SCRIPT_POLICY);
};
