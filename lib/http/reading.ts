import type { NextRequest } from 'next/server';
import { readAssessmentAddress, type AssessmentAddress } from '@/lib/addresses/assessment-address';
import { LOCALES, isLocale, type Locale } from '@/lib/i18n/routing';
import { pageFor, type SitePage } from '@/lib/pages';

/** What a request is, worked out once (readRequest) and handed to every step of the proxy. */
export interface RequestReading {
  /** The locale the path starts with, or null outside the locales. */
  readonly locale: Locale | null;
  /** The path after the locale, without a trailing slash ('' for the home page); the whole path outside the locales. */
  readonly sitePath: string;
  /** The page of the site the path is (lib/pages.ts), or null. */
  readonly page: SitePage | null;
  /** What an assessment address holds (lib/addresses/assessment-address.ts), or null for any other address. */
  readonly address: AssessmentAddress | null;
}

/** A step of the proxy: an answer for the request, or null to let the next step look at it. */
export type Step = (request: NextRequest, reading: RequestReading) => Response | null;

// Result links are under 60 characters and long question links a few hundred: anything this long is mangled.
export const MAX_URL_LENGTH = 4096;

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(/.*)?$`);

/** The locale of a path and the site path after it (`/zh/faq` → zh, `/faq`), or null outside the locales. */
export function splitLocale(pathname: string): { locale: Locale; sitePath: string } | null {
  const match = LOCALE_PREFIX.exec(pathname);
  return match && isLocale(match[1]) ? { locale: match[1], sitePath: (match[2] ?? '').replace(/\/$/, '') } : null;
}

/** The one reading of a request's address: its locale, its page and, for an assessment address, what it holds. */
export function readRequest(url: URL): RequestReading {
  const where = splitLocale(url.pathname);
  if (!where) return { locale: null, sitePath: url.pathname, page: null, address: null };
  const { locale, sitePath } = where;
  // An over-long address is refused (lib/http/address.ts) before anything decodes it.
  const address = url.href.length > MAX_URL_LENGTH ? null : readAssessmentAddress(locale, sitePath, url.searchParams);
  return { locale, sitePath, page: pageFor(locale, sitePath), address };
}
