import type { Answers, Classification, ObligationId } from '@/lib/assessment';
import { planOf, type Plan } from '@/lib/assessment/plan';
import { resultVerdict, type Verdict, type VerdictId } from '@/lib/assessment/verdict';
import { waysForward, type WayForwardId } from '@/lib/assessment/ways-forward';
import { rulesetFor } from '@/lib/assessment/rulesets';
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
  const verdict = resultVerdict(answers, classification);
  return {
    verdict,
    ways: waysForward(answers, rulesetFor(classification.version), verdict).map((w) => ({
      id: w.id,
      verdict: w.verdict,
      obligations: w.obligations,
      href: resultHref(locale, w.answers),
      guideHref: localePath(locale, `/guides/${w.guide}`),
    })),
    plan: planOf(classification, answers),
  };
}
