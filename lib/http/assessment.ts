import { NextResponse, type NextRequest } from 'next/server';
import { isCountedView, startEvent } from '@/lib/inbox/assessment-event';
import { recordAssessmentEvent, recordResultShown } from '@/lib/inbox/counts';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { edgeErrorResponse } from './error-page';
import type { RequestReading, Step } from './reading';
import { render } from './render';
import { withPolicy } from './respond';

/**
 * Assessment addresses, as the one reading of the request found them (lib/addresses/assessment-address.ts). Pages
 * cannot set their own status, so this step does: a redirect to the canonical address (308, or 303 after a question
 * form's submission); the proxy's own 404 page for a code that does not read, so it never reaches the page cache
 * (Next's notFound() from a page it caches would send an empty shell, docs/adr/0001); 400 for a query that cannot move on, rendered with the page.
 */
export const answerAssessment: Step = (request, reading) => {
  const { address } = reading;
  if (!address) return null;
  switch (address.kind) {
    case 'redirect':
      return withPolicy(NextResponse.redirect(new URL(address.to, request.url), address.status), NO_SCRIPT_POLICY);
    case 'not-found':
      return edgeErrorResponse(404, {}, request.method, 'address');
    case 'question-form':
      return render(request, reading, 400);
    case 'long-result':
      return render(request, reading, address.status === 400 ? 400 : undefined);
    default:
      count(request, reading);
      return null;
  }
};

/**
 * Counts assessments started (the first question, no answers) and finished (a result shown), for the staff
 * dashboard: totals per day only, no cookie, no answers, no address (lib/inbox/counts.ts). Here, because a cached
 * page is served without running the page. A result is counted by its code: what it holds is worked out when the
 * counts are stored, not on the request's path.
 */
function count(request: NextRequest, { address }: RequestReading): void {
  if (!isCountedView(request.method, request.headers)) return;
  if (address?.kind === 'question') recordAssessmentEvent(startEvent(address.question, address.answers));
  if (address?.kind === 'result' && address.page === '') recordResultShown(address.code);
}
