import { CURRENT_RULESET, rulesetFor, type Answers, type Question } from '@/lib/assessment';
import { whatIfEngine, whatIfs, weight, type WhatIfGroup } from '@/lib/assessment/what-if';
import { resultFeedPath } from '@/lib/explore/feed-path';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { compareHref } from './compare';
import { resultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';

export interface WhatIfView {
  /** Every line, grouped by answer in question order. */
  readonly groups: readonly WhatIfGroup[];
  /** How many lines there are in all. */
  readonly total: number;
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

/**
 * What would change a result, under the ruleset it was made with: every what-if, grouped by answer (its what-ifs page
 * and its printout; the result page only links them); the compare link puts the result beside its three weightiest.
 */
export function whatIfView(locale: Locale, answers: Answers, code: string, version: string): WhatIfView {
  const ruleset = rulesetFor(version) ?? CURRENT_RULESET;
  const groups = whatIfs(answers, whatIfEngine(ruleset));
  const lines = groups.flatMap((g) => g.lines);
  const options = [...lines]
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 3)
    .map((l) => resultCode(l.variants[0]!.answers, ruleset));
  return {
    groups,
    total: lines.length,
    compareHref: options.length > 0 ? compareHref(locale, [code, ...options]) : null,
    feedHref: resultFeedPath(locale, code),
    href: (a) => localePath(locale, resultPath(resultCode(a, ruleset))),
    questionOf: (id) => ruleset.questions.find((q) => q.id === id),
  };
}
