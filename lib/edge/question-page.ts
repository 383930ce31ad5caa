import { NextResponse, type NextRequest } from 'next/server';
import { boundedMemo } from '@/lib/bounded-memo';
import { decodeAnswers } from '@/lib/assessment/codec';
import { CURRENT_TABLE } from '@/lib/assessment/rulesets/tables';
import { pageFor } from '@/lib/pages';
import { readAnswersCode } from '@/lib/wizard/result-link';
import { queryFormTarget, stepAddress, STEP_FIELD } from '@/lib/wizard/step';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { handOverDecoded } from './decoded';
import { render } from './render';
import { addressErrorPage, splitLocale, withPolicy, type Step } from './respond';

// Every visitor walks the same first questions: each code is read once (and at most this many are kept).
export const readQuestionCode = boundedMemo(5000, readAnswersCode);

function moveTo(request: NextRequest, to: string, status: 303 | 308): NextResponse {
  return withPolicy(NextResponse.redirect(new URL(to, request.url), status), NO_SCRIPT_POLICY);
}

/**
 * Question pages. At its canonical address (`/assessment/q/<question>/<code>`, cached by Next by that address) a
 * page is let through only when its code reads, is the canonical one of its answers and the question is asked on
 * their path: a code that does not read gets the proxy's "not a valid address" page (404), any other address of
 * the same page moves there (308), so nothing else reaches the page cache. The query form (`/assessment/q/<question>?…`,
 * what the question form sends, and the links of the first release) moves on to the next question or the result
 * (303 after a submission) or to the question's canonical address (308); what cannot move gets 400 and the page
 * saying what to fix, rendered per request with the answers read here once and handed over.
 */
export const readQuestionPage: Step = (request) => {
  const where = splitLocale(request.nextUrl.pathname);
  const route = where && pageFor(where.locale, where.sitePath)?.route;
  if (route !== '/assessment/q/[question]' && route !== '/assessment/q/[question]/[code]') return null;
  const { locale, sitePath } = where!;
  const [question, code] = sitePath.split('/').slice(3) as [string, string | undefined];
  if (code !== undefined) {
    const address = stepAddress(locale, question, code, readQuestionCode(code));
    if (address.kind === 'not-found') return addressErrorPage(404);
    return address.kind === 'moved' ? moveTo(request, address.to, 308) : null;
  }
  // Question pages ask the current questions: a query form is read under them, whatever `v` it names.
  const params = request.nextUrl.searchParams;
  const decoded = decodeAnswers(params, CURRENT_TABLE);
  const target = queryFormTarget(locale, question, decoded, params.get(STEP_FIELD));
  if ('to' in target) return moveTo(request, target.to, target.status);
  handOverDecoded(request.headers, decoded);
  return render(request, target.status);
};
