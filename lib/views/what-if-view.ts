import { CURRENT_RULESET, rulesetFor, type Answers, type Question } from '@/lib/assessment';
import { whatIfEngine, whatIfs, weight, type WhatIfGroup, type WhatIfLine } from '@/lib/assessment/what-if';
import { resultFeedPath } from '@/lib/explore/feed-path';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { compareHref } from './compare';
import { resultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';

/**
 * Which what-ifs a page shows: all of them (the what-ifs page, the printout), those that change the verdict (the
 * result page), or none but their count (a blocked result, whose ways forward are its verdict-changing what-ifs).
 */
export type WhatIfScope = 'all' | 'verdict' | 'count';

export interface WhatIfView {
  /** The lines shown, grouped by answer in question order. */
  readonly groups: readonly WhatIfGroup[];
  /** Each line says only the verdict it leads to (the result page); every outcome it adds or drops is on the what-ifs page. */
  readonly verdictOnly: boolean;
  /** How many lines there are in all, and how many are shown. */
  readonly total: number;
  readonly shown: number;
  /** How many change the verdict (the result page shows the weightiest RESULT_PAGE_WHAT_IFS of them). */
  readonly verdictChanging: number;
  /** The result's own page of every what-if (`/<locale>/result/<code>/what-ifs`). */
  readonly allHref: string;
  /** The comparison of this result with the weightiest what-ifs, or null when there is none. */
  readonly compareHref: string | null;
  readonly feedHref: string;
  /** The link of an answer set's result, under the result's own ruleset. */
  readonly href: (answers: Answers) => string;
  readonly questionOf: (id: string) => Question | undefined;
}

/** A result's what-ifs page: `/<locale>/result/<code>/what-ifs`. */
export function whatIfsPath(locale: Locale, code: string): string {
  return `${localePath(locale, resultPath(code))}/what-ifs`;
}

const changesVerdict = (line: WhatIfLine) => line.diff.verdict !== null;
/** How many of the what-ifs that change the verdict the result page shows (the weightiest). */
export const RESULT_PAGE_WHAT_IFS = 3;

/**
 * What would change a result, under the ruleset it was made with: every what-if (grouped by answer), or only those
 * that change the verdict; the compare link puts the result beside its three weightiest what-ifs.
 */
export function whatIfView(locale: Locale, answers: Answers, code: string, version: string, scope: WhatIfScope): WhatIfView {
  const ruleset = rulesetFor(version) ?? CURRENT_RULESET;
  const all = whatIfs(answers, whatIfEngine(ruleset));
  const lines = all.flatMap((g) => g.lines);
  // On the result page, the weightiest of those that change the verdict; every one is on the what-ifs page.
  const picked = new Set([...lines.filter(changesVerdict)].sort((a, b) => weight(b) - weight(a)).slice(0, RESULT_PAGE_WHAT_IFS));
  const groups =
    scope === 'all'
      ? all
      : scope === 'count'
        ? []
        : all.map((g) => ({ ...g, lines: g.lines.filter((l) => picked.has(l)) })).filter((g) => g.lines.length > 0);
  const options = [...lines]
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 3)
    .map((l) => resultCode(l.variants[0]!.answers, ruleset));
  return {
    groups,
    verdictOnly: scope !== 'all',
    total: lines.length,
    shown: groups.reduce((n, g) => n + g.lines.length, 0),
    verdictChanging: lines.filter(changesVerdict).length,
    allHref: whatIfsPath(locale, code),
    compareHref: options.length > 0 ? compareHref(locale, [code, ...options]) : null,
    feedHref: resultFeedPath(locale, code),
    href: (a) => localePath(locale, resultPath(resultCode(a, ruleset))),
    questionOf: (id) => ruleset.questions.find((q) => q.id === id),
  };
}
