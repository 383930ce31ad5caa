import type { Answers, Classification, ObligationId } from '@/lib/assessment';
import { planOf, type Plan } from '@/lib/assessment/plan';
import { rulesetFor } from '@/lib/assessment/rulesets';
import { resultVerdict, type Verdict, type VerdictId } from '@/lib/assessment/verdict';
import { waysForward, type Feature, type WayForward, type WayForwardId, type WayForwardKind } from '@/lib/assessment/ways-forward';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { compareHref, MAX_COMPARED } from './compare';
import { planHref } from './plan-page';
import { resultCode } from '@/lib/addresses/result-link';
import { resultHref } from '@/lib/addresses/urls';

export interface WayForwardView {
  id: WayForwardId;
  kind: WayForwardKind;
  /** Marked for the visitor: serving from offshore. */
  risk?: 'high';
  /** The feature it takes out (or leaves to a licence holder's own service). */
  feature?: Feature;
  verdict: VerdictId;
  obligations: readonly ObligationId[];
  /** The changed answers' own result. */
  href: string;
  /** The plan of this way: the structure's own steps, then the applications, dated from targets if given. */
  planHref: string;
  /** The guide that explains it, without the section anchor (which differs by language). */
  guideHref: string;
  /** That guide's slug: the anchor is the message `decision.ways.<id>.anchors.<guide>`. */
  guide: string;
}

export interface Decision {
  verdict: Verdict;
  ways: readonly WayForwardView[];
  plan: Plan;
  /** What blocks a blocked result, by feature where taking one feature out would lift it. */
  blockers: readonly Feature[];
  /** What blocks it in a pilot area, by feature, where a company there without that feature could go ahead. */
  pilotBlockers: readonly Feature[];
  /** The rules that decided each blocking finding (their reasons say why in words). */
  blockingRules: readonly string[];
  /** The compare page of this result and its first ways forward, or null without ways forward. */
  compareHref: string | null;
}

const verdicts = new WeakMap<Classification, { answers: Answers; verdict: Verdict }>();

/**
 * A result's verdict, judged once per classification: a result page's metadata (its link preview) and its body read
 * the same classification (lib/views/result-page.ts reads the code once per render), and judging re-runs the rules.
 */
export function verdictOfResult(answers: Answers, classification: Classification): Verdict {
  const known = verdicts.get(classification);
  if (known?.answers === answers) return known.verdict;
  const verdict = resultVerdict(answers, classification);
  verdicts.set(classification, { answers, verdict });
  return verdict;
}

/** What the result page leads with: the verdict, the ways forward (when blocked) with their links, and the plan. */
export function decisionOf(locale: Locale, answers: Answers, classification: Classification): Decision {
  const ruleset = rulesetFor(classification.version);
  const verdict = verdictOfResult(answers, classification);
  const ways = waysForward(answers, ruleset, verdict);
  const code = resultCode(answers, ruleset);
  return {
    verdict,
    ways: ways.map((w) => wayView(locale, code, w, ruleset)),
    compareHref:
      ways.length > 0 ? compareHref(locale, [code, ...ways.slice(0, MAX_COMPARED - 1).map((w) => resultCode(w.answers, ruleset))]) : null,
    plan: planOf(classification, answers),
    blockers: ways.flatMap((w) => (w.feature && w.kind === 'feature' ? [w.feature] : [])),
    pilotBlockers: ways.flatMap((w) => (w.feature && w.kind === 'place' ? [w.feature] : [])),
    blockingRules:
      verdict.id === 'blocked'
        ? classification.findings.filter((f) => verdict.reasons.includes(f.id)).flatMap((f) => f.because.slice(0, 1).map((r) => r.ruleId))
        : [],
  };
}

function wayView(locale: Locale, code: string, w: WayForward, ruleset: ReturnType<typeof rulesetFor>): WayForwardView {
  return {
    id: w.id,
    kind: w.kind,
    ...(w.risk && { risk: w.risk }),
    ...(w.feature && { feature: w.feature }),
    verdict: w.verdict,
    obligations: w.obligations,
    href: resultHref(locale, w.answers, ruleset),
    planHref: planHref(locale, code, w),
    guideHref: localePath(locale, `/guides/${w.guide}`),
    guide: w.guide,
  };
}
