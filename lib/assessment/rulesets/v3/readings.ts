// Ruleset version 3, the current one (released 2026-12-07). Freeze it (see lib/assessment/README.md) before changing a released rule.
import type { AnswerValue, Answers, GreyAreaId } from '../../types';

const list = (value: AnswerValue | undefined): readonly string[] => (Array.isArray(value) ? value : []);

/** A multiple choice with `drop` taken out and `add` put in; the exclusive option when nothing is left. */
function swap(answers: Answers, question: string, drop: readonly string[], add: readonly string[], none: string): Answers {
  const kept = list(answers[question]).filter((o) => !drop.includes(o));
  const next = [...kept, ...add.filter((o) => !kept.includes(o))].filter((o) => o !== none);
  return { ...answers, [question]: next.length > 0 ? next : [none] };
}

/**
 * The other side of each grey area, as answers: the same service read the way the other view reads it (icp-brief §7,
 * §10). The verdict is classified under each, so that a block holding on one side only makes the result unsettled, and an
 * unsettled result can say what would block it. A grey area without an entry (offshore serving, group calls) has no
 * reading the rules can express; it keeps the result unsettled by being there.
 */
export const GREY_READINGS: Readonly<Partial<Record<GreyAreaId, (answers: Answers) => readonly Answers[]>>> = {
  // Advertising income does not make a free site commercial (the view of some practitioners, §7): read as a free site
  // of a business, which is still business use for a personal filing.
  'advertising-income': (a) => [swap(a, 'revenue', ['advertising', 'ad-network'], ['offline-sales'], 'none')],
  // The minority view: a shop selling its own goods online needs the licence, like paid information (§7, S18).
  'self-operated-shop': (a) => [swap(a, 'revenue', ['own-goods'], ['content-fees'], 'none')],
  // Business software read as B21 online data processing, or as B11 cloud (IRCS), rather than B25 (§2.4, §10.3).
  'saas-classification': (a) => [
    swap(a, 'activities', ['business-software', 'none-of-these'], ['data-processing'], 'none-of-these'),
    { ...swap(a, 'activities', ['business-software', 'none-of-these'], ['infrastructure'], 'none-of-these'), infrastructure: ['cloud'] },
  ],
  // Agencies usually only file their own sites: web-page production read as no licence trigger (§1.2, S16).
  'web-production': (a) => [swap(a, 'revenue', ['web-design'], [], 'none')],
  // Users in other provinces read as needing the cross-regional licence (§3.5, §10.4).
  'cross-regional-trigger': (a) => [{ ...a, operations: 'several-provinces' }],
  // Recorded lessons read as audio-visual programmes: the concept covers continuous images or sound (§12.8, S116).
  'av-scope': (a) => [swap(a, 'sectors', ['recorded-lessons'], ['av-programmes'], 'none')],
  // A place no source puts inside or outside the pilot read as inside it (§12.1).
  'pilot-area-extent': (a) => [{ ...a, 'hainan-area': 'island' }],
};
