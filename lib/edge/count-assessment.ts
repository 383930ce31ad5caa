import { finishEvent, isCountedView, startEvent } from '@/lib/inbox/assessment-event';
import { recordAssessmentEvent } from '@/lib/inbox/counts';
import { pageFor } from '@/lib/pages';
import { readCode } from './assessment-query';
import { readQuestionCode } from './question-page';
import { splitLocale, type Step } from './respond';

/**
 * Counts assessments started (the first question, no answers) and finished (a result shown), for the staff
 * dashboard: totals per day and outcome id only, no cookie, no answers, no address (lib/inbox/counts.ts). Here,
 * because a cached question or result page is served without running the page (only what reaches it is counted:
 * the proxy has already moved or refused every other address). Answers nothing.
 */
export const countAssessment: Step = (request) => {
  if (!isCountedView(request.method, request.headers)) return null;
  const where = splitLocale(request.nextUrl.pathname);
  const route = where && pageFor(where.locale, where.sitePath)?.route;
  const last = where?.sitePath.split('/').at(-1) ?? '';
  if (route === '/assessment/q/[question]/[code]') {
    const read = readQuestionCode(last);
    const question = where!.sitePath.split('/')[3]!;
    if (read.kind === 'answers') recordAssessmentEvent(startEvent(question, read.answers));
  }
  if (route === '/result/[code]') {
    const read = readCode(last);
    if (read.kind === 'result') recordAssessmentEvent(finishEvent(read.code, read.answers));
  }
  return null;
};
