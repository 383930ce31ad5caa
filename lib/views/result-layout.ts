import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { decisionOf, type Decision } from './decision';
import type { ResultView } from './result';
import { resultFeedPath } from '@/lib/explore/feed-path';
import { whatIfsPath, whatIfView, type WhatIfView } from './what-if-view';

/** The result page, or its print view (`…/print`): the same sections, every one of them open in the print view. */
export type ResultMode = 'page' | 'print';

export interface ResultLayout {
  /** The verdict, the ways forward and the plan. */
  decision: Decision;
  /**
   * What would change the result, all of it, in the print view; null on the page, which links the result's what-ifs
   * page instead: working them out re-runs the rules hundreds of times (most of a new result's cost), and few visitors
   * open them, so they are computed when asked for, at their own cached address.
   */
  whatIfs: WhatIfView | null;
  /** The result's what-ifs page and its feed of rule changes. */
  whatIfsHref: string;
  feedHref: string;
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

/** What the result page and its print view show, worked out once from the result: one view, two renderings. */
export function resultLayout(locale: Locale, view: ResultView, mode: ResultMode): ResultLayout {
  const decision = decisionOf(locale, view.answers, view.classification);
  return {
    decision,
    whatIfs: mode === 'print' ? whatIfView(locale, view.answers, view.code, view.version) : null,
    whatIfsHref: whatIfsPath(locale, view.code),
    feedHref: resultFeedPath(locale, view.code),
    link: `${getSite().siteUrl}${view.href}`,
    printHref: printHref(view),
    planHref: `${view.href}/plan`,
    calendarHref: calendarHref(view),
  };
}
