import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { decisionOf, type Decision } from './decision';
import type { ResultView } from './result';
import { whatIfView, type WhatIfScope, type WhatIfView } from './what-if-view';

/** The result page, or its print view (`…/print`): the same sections, every one of them open in the print view. */
export type ResultMode = 'page' | 'print';

export interface ResultLayout {
  /** The verdict, the ways forward and the plan. */
  decision: Decision;
  /** What would change the result: on the page those that change the verdict, in the print view all of them. */
  whatIfs: WhatIfView;
  /** The result's full address, to pass on (and in the printout's QR code). */
  link: string;
  /** The print view, the plan page and the calendar file of the result (paths, locale included). */
  printHref: string;
  planHref: string;
  calendarHref: string;
}

/** A result's print view: `/<locale>/result/<code>/print`. */
export function printHref(view: Pick<ResultView, 'href'>): string {
  return `${view.href}/print`;
}

/** A result's calendar file: `/<locale>/result/<code>/calendar.ics`. */
export function calendarHref(view: Pick<ResultView, 'href'>): string {
  return `${view.href}/calendar.ics`;
}

/**
 * The what-ifs a result shows: all in the printout; on the page those that change the verdict, or only their count
 * when the ways forward already set out the changes that do (a blocked result).
 */
function whatIfScope(mode: ResultMode, decision: Decision): WhatIfScope {
  if (mode === 'print') return 'all';
  return decision.ways.length > 0 ? 'count' : 'verdict';
}

/** What the result page and its print view show, worked out once from the result: one view, two renderings. */
export function resultLayout(locale: Locale, view: ResultView, mode: ResultMode): ResultLayout {
  const decision = decisionOf(locale, view.answers, view.classification);
  return {
    decision,
    whatIfs: whatIfView(locale, view.answers, view.code, view.version, whatIfScope(mode, decision)),
    link: `${getSite().siteUrl}${view.href}`,
    printHref: printHref(view),
    planHref: `${view.href}/plan`,
    calendarHref: calendarHref(view),
  };
}
