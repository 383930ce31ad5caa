import { decodeAnswers } from '@/lib/assessment/codec';
import { CURRENT_TABLE } from '@/lib/assessment/rulesets/tables';
import { boundedMemo } from '@/lib/bounded-memo';
import { pageFor } from '@/lib/pages';
import { legacyResultTarget } from '@/lib/wizard/result';
import { readAnswersCode, readResultCode } from '@/lib/wizard/result-link';
import { queryFormTarget, stepAddress, STEP_FIELD } from '@/lib/wizard/step';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

// The proxy's readers of the same codes (readCode in assessment-query.ts, readQuestionCode in question-page.ts), memoised
// here too: the server runs outside Next's bundle, and those modules bring the proxy's (next-intl's middleware with them).
const readCode = boundedMemo(5000, readResultCode);
const readQuestionCode = boundedMemo(5000, readAnswersCode);

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(/.*)?$`);

/**
 * The locale of a path and the rest after it (no trailing slash), or null outside the locales: the proxy's splitLocale
 * (lib/edge/respond.ts, a test keeps the two equal), which the server cannot load: that module brings `next/server`,
 * which only runs inside Next.
 */
export function localeOf(pathname: string): { locale: Locale; sitePath: string } | null {
  const match = LOCALE_PREFIX.exec(pathname);
  return match ? { locale: match[1] as Locale, sitePath: (match[2] ?? '').replace(/\/$/, '') } : null;
}

/** The JSON of a result works out what-ifs and plans like its page does. */
const ASSESSMENT_API = /^\/api\/assessment(?:\/|$)/;

/** The pages of one result whose code the proxy reads before they render. */
const RESULT_ROUTES: ReadonlySet<string> = new Set([
  '/result/[code]',
  '/result/[code]/print',
  '/result/[code]/what-ifs',
  '/result/[code]/plan',
  '/result/[code]/feed.atom',
  '/result/[code]/calendar.ics',
  '/result/[code]/preview.png',
]);

/**
 * Whether this request would render whatever its address holds, which a client can choose freely (a result, a
 * question page's answers, a comparison, the assessment API): the requests that take turns at the render gate
 * (lib/edge/render-gate.ts). Not: any other method, any page the page table does not mark `gated`, and an address
 * the proxy answers without a render: a redirect to its canonical address, or its "not a valid address" page. The
 * same pure functions as the proxy's decide it, so the two agree (and the answer is memoised per code, like theirs).
 */
export function wouldRender(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  let address: URL;
  try {
    address = new URL(url, 'http://localhost');
  } catch {
    return false;
  }
  const path = address.pathname;
  if (ASSESSMENT_API.test(path)) return true;
  const where = localeOf(path);
  const page = where && pageFor(where.locale, where.sitePath);
  if (!page?.gated) return false;
  const { locale, sitePath } = where!;
  const parts = sitePath.split('/');
  if (RESULT_ROUTES.has(page.route)) return readCode(parts[2]!).kind === 'result';
  if (page.route === '/assessment/q/[question]/[code]')
    return stepAddress(locale, parts[3]!, parts[4]!, readQuestionCode(parts[4]!)).kind === 'question';
  if (page.route === '/assessment/q/[question]') {
    const params = address.searchParams;
    return !('to' in queryFormTarget(locale, parts[3]!, decodeAnswers(params, CURRENT_TABLE), params.get(STEP_FIELD)));
  }
  if (page.route === '/assessment/result') return legacyResultTarget(decodeAnswers(address.searchParams)) !== 'moved';
  return true;
}
