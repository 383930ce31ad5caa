import type { Answers, Classification, ObligationId } from '@/lib/assessment';
import { planOf, type Plan } from '@/lib/assessment/plan';
import { verdictOf, type Verdict, type VerdictId } from '@/lib/assessment/verdict';
import { WAY_FORWARD_GUIDES, waysForward, type WayForwardId } from '@/lib/assessment/ways-forward';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resultHref } from './urls';

export interface WayForwardView {
  id: WayForwardId;
  verdict: VerdictId;
  obligations: readonly ObligationId[];
  /** The changed answers' own result. */
  href: string;
  /** The guide that explains it, without the section anchor (which differs by language). */
  guideHref: string;
}

export interface Decision {
  verdict: Verdict;
  ways: readonly WayForwardView[];
  plan: Plan;
}

/** What the result page leads with: the verdict, the ways forward (when blocked) with their links, and the plan. */
export function decisionOf(locale: Locale, answers: Answers, classification: Classification): Decision {
  return {
    verdict: verdictOf(classification),
    ways: waysForward(answers, classification).map((w) => ({
      id: w.id,
      verdict: w.verdict,
      obligations: w.obligations,
      href: resultHref(locale, w.answers),
      guideHref: localePath(locale, `/guides/${WAY_FORWARD_GUIDES[w.id]}`),
    })),
    plan: planOf(classification, answers),
  };
}
