import { RULESETS, classify, rulesetFor } from '@/lib/assessment';
import { carryAnswers } from '@/lib/assessment/updates';
import { judge } from '@/lib/assessment/verdict';
import type { FeedRuleset } from './feed';

/** Every released ruleset, oldest first, as the feeds read them: answers carried over as the result page does. */
export const FEED_RULESETS: readonly FeedRuleset[] = RULESETS.map((r) => ({
  version: r.version,
  released: r.released,
  questions: r.questions,
  classify: (answers) => classify(answers, r),
  verdict: (answers) => judge(answers, r).id,
  carry: (answers, from) => {
    const carried = carryAnswers(answers, rulesetFor(from.version)!, r);
    return { answers: carried.answers, complete: carried.missing === null };
  },
}));
