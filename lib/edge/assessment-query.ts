import { NextResponse } from 'next/server';
import { decodeAnswers } from '@/lib/assessment/codec';
import { localePath } from '@/lib/i18n/paths';
import { pageFor } from '@/lib/pages';
import { resultCode } from '@/lib/wizard/result-link';
import { legacyResultTarget } from '@/lib/wizard/result';
import { isUnreadableStep } from '@/lib/wizard/step';
import { resultPath } from '@/lib/wizard/urls';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { handOverDecoded } from './decoded';
import { render } from './render';
import { splitLocale, withPolicy, type Step } from './respond';

/**
 * The assessment's query strings, read once here and handed to the page. Pages cannot set their own status, so
 * this step does, with the same functions the pages use: a long result link of the first release moves (308) to
 * its short link, or gets 400 and a page saying what to fix; a question page whose other answers cannot be read
 * gets 400 too.
 */
export const readAssessmentQuery: Step = (request) => {
  const where = splitLocale(request.nextUrl.pathname);
  const route = where && pageFor(where.locale, where.sitePath)?.route;
  if (route !== '/assessment/result' && route !== '/assessment/q/[question]') return null;
  const decoded = decodeAnswers(request.nextUrl.searchParams);
  if (route === '/assessment/result') {
    const target = legacyResultTarget(decoded);
    if (target === 'moved') {
      const to = new URL(localePath(where!.locale, resultPath(resultCode(decoded.answers))), request.url);
      return withPolicy(NextResponse.redirect(to, 308), NO_SCRIPT_POLICY);
    }
    handOverDecoded(request.headers, decoded);
    return render(request, target === 'outdated' ? undefined : 400);
  }
  handOverDecoded(request.headers, decoded);
  return isUnreadableStep(where!.sitePath.split('/').at(-1)!, decoded) ? render(request, 400) : null;
};
