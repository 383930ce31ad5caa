import type { Answers, Classification } from '@/lib/assessment';
import type { Plan } from '@/lib/assessment/plan';
import type { Verdict } from '@/lib/assessment/verdict';
import { citedSources } from '@/components/result/print-sheet';
import type { Locale } from '@/lib/i18n/routing';
import { decisionOf, type Decision } from '@/lib/views/decision';
import { resolveResultCode } from '@/lib/views/result';
import { changeFor, type ResultChange } from './change';

/** What the result e-mail says, worked out by the code the result page uses (verdict, plan, sources). */
export type ResultDigest = {
  code: string;
  version: string;
  /** The result page's path, in the subscriber's language. */
  href: string;
  answers: Answers;
  classification: Classification;
  /** The judged verdict (lib/assessment/verdict.ts), as the page and the JSON API give it. */
  verdict: Verdict;
  plan: Plan;
  /** The plan's first step: what to do next. */
  nextStep: string | null;
  sources: { title: string; url: string }[];
  /** For a code of an older version: what the current rules change for it. */
  change: ResultChange | null;
  /** A blocked result's ways forward, each with its verdict and its own result page. */
  ways: Decision['ways'];
};

/** The digest of a result code, or null when the code does not read. */
export function resultDigest(locale: Locale, code: string): ResultDigest | null {
  const view = resolveResultCode(locale, code);
  if (view.kind !== 'result') return null;
  const decision = decisionOf(locale, view.answers, view.classification);
  return {
    code,
    version: view.version,
    href: view.href,
    answers: view.answers,
    classification: view.classification,
    verdict: decision.verdict,
    plan: decision.plan,
    nextStep: decision.plan.stages[0]?.steps[0]?.id ?? null,
    sources: citedSources(locale, view.classification),
    change: view.update ? changeFor(locale, code) : null,
    ways: decision.ways,
  };
}
