import { decodeAnswers, nextQuestion, rulesetFor, type Classification } from '@/lib/assessment';
import { assumptions, type Assumption } from '@/lib/assessment/assumptions';
import type { VerdictId } from '@/lib/assessment/verdict';
import { attachedVerdict } from './triage';
import type { AttachedResult } from '@/lib/enquiries/types';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { resultCode } from '@/lib/addresses/result-link';
import { answeredItems, type AnsweredItem } from '@/lib/views/step';
import { resultPath } from '@/lib/addresses/urls';

/** The case as the visitor saw it: the result they sent, read under the questions and rules of its own version. */
export type VisitorCase = {
  version: string;
  /** The stored classification (never recomputed under today's rules), and its verdict; null for enquiries before issue 10. */
  classification: Classification | null;
  verdict: VerdictId | null;
  /** Each answer with its question, in question order (the staff page shows them in the staff member's language). */
  answered: readonly AnsweredItem[];
  /** Each "not sure" answer: what the rules assumed, and what another answer would change. */
  assumptions: readonly Assumption[];
  /** The result page as issued (its short link, under its version), in the staff member's language; null if the answers no longer read. */
  href: string | null;
};

/**
 * Reads a stored result with the question table of its own version (`rulesetFor`), so results of every version
 * (and the questions a later version adds) read as they were sent. Null for a version this site never had.
 */
export function visitorCase(locale: Locale, result: AttachedResult): VisitorCase | null {
  const version = result.classification?.version ?? result.rulesetVersion;
  const ruleset = rulesetFor(version);
  if (!ruleset) return null;
  const { answers, issues } = decodeAnswers(result.answers, ruleset);
  const complete = issues.length === 0 && nextQuestion(answers, ruleset) === null;
  return {
    version,
    classification: result.classification,
    verdict: attachedVerdict(result)?.id ?? null,
    answered: answeredItems(locale, answers, ruleset),
    assumptions: complete ? assumptions(answers, ruleset) : [],
    href: complete ? localePath(locale, resultPath(resultCode(answers, ruleset))) : null,
  };
}
