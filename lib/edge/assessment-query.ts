import { NextResponse, type NextRequest } from 'next/server';
import { boundedMemo } from '@/lib/bounded-memo';
import type { Locale } from '@/lib/i18n/routing';
import { decodeAnswers } from '@/lib/assessment/codec';
import { localePath } from '@/lib/i18n/paths';
import { pageFor } from '@/lib/pages';
import { readResultCode } from '@/lib/wizard/result-link';
import { legacyResultTarget, movedTo } from '@/lib/wizard/result';
import { resultPath } from '@/lib/wizard/urls';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { handOverDecoded } from './decoded';
import { render } from './render';
import { addressErrorPage, splitLocale, withPolicy, type Step } from './respond';

// Popular results are requested over and over: each code is read once (and at most this many are kept).
export const readCode = boundedMemo(5000, readResultCode);

/**
 * A short result link (or its print view or what-ifs): a code that does not read (mistyped, cut, made up) gets the proxy's own "not a valid address"
 * page, so it never reaches the page cache; one holding answers its questions would not ask moves to the code
 * without them. Next's notFound() from a page it caches would send an empty shell (see docs/adr/0001).
 */
function readResultLink(request: NextRequest, locale: Locale, code: string, view: string): NextResponse | null {
  const read = readCode(code);
  if (read.kind === 'unknown') return addressErrorPage(404);
  if (read.kind === 'moved')
    return withPolicy(
      NextResponse.redirect(new URL(localePath(locale, `${resultPath(read.code)}${view}`), request.url), 308),
      NO_SCRIPT_POLICY,
    );
  return null;
}

/** The pages of one result that the proxy reads like the result itself: the result, its print view, its what-ifs. */
const RESULT_VIEWS: Readonly<Record<string, string>> = {
  '/result/[code]': '',
  '/result/[code]/print': '/print',
  '/result/[code]/what-ifs': '/what-ifs',
};

/**
 * A result's answers, read here once. A result code is read before the page (cached by its address) is rendered or
 * served; a long link's query string is read and handed to the page. Pages cannot set their own status, so this
 * step does, with the same functions the pages use: a long result link of the first release moves (308) to its
 * short link, or gets 400 and a page saying what to fix. (Question pages: lib/edge/question-page.ts.)
 */
export const readAssessmentQuery: Step = (request) => {
  const where = splitLocale(request.nextUrl.pathname);
  const route = where && pageFor(where.locale, where.sitePath)?.route;
  if (route && Object.hasOwn(RESULT_VIEWS, route)) {
    const view = RESULT_VIEWS[route]!;
    const code = where!.sitePath.slice('/result/'.length, where!.sitePath.length - view.length);
    return readResultLink(request, where!.locale, code, view);
  }
  if (route !== '/assessment/result') return null;
  const decoded = decodeAnswers(request.nextUrl.searchParams);
  const target = legacyResultTarget(decoded);
  if (target === 'moved') {
    const to = new URL(movedTo(where!.locale, decoded), request.url);
    return withPolicy(NextResponse.redirect(to, 308), NO_SCRIPT_POLICY);
  }
  handOverDecoded(request.headers, decoded);
  return render(request, target === 'outdated' ? undefined : 400);
};
