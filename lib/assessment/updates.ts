import { classify } from './classify';
import { decodeAnswers, encodeAnswers } from './codec';
import { compareClassifications, type Changes } from './compare';
import { nextQuestion } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import type { Answers, Classification } from './types';

/**
 * Answers given under an older ruleset, read under a newer one: answers whose question or option no longer
 * exists are dropped (the visitor is asked again), and a newly asked question that offers "not sure" is
 * answered so. `missing` is the first question still to answer (null when the answers are complete).
 */
export function carryAnswers(answers: Answers, from: Ruleset, to: Ruleset = CURRENT_RULESET): { answers: Answers; missing: string | null } {
  const read = decodeAnswers(new URLSearchParams(encodeAnswers(answers, from)), from).answers;
  let carried: Answers = decodeAnswers(new URLSearchParams(encodeAnswers(renamed(read, to), to)), to).answers;
  for (let q = nextQuestion(carried, to); q; q = nextQuestion(carried, to)) {
    const notSure = to.notSure.find((n) => n.question === q!.id);
    if (!notSure) return { answers: carried, missing: q.id };
    carried = { ...carried, [q.id]: notSure.option };
  }
  return { answers: carried, missing: null };
}

/** Answers with the options a newer version replaced by options of the same meaning read as those (`Ruleset.carries`). */
function renamed(answers: Answers, to: Ruleset): Answers {
  if (!to.carries) return answers;
  const out: Record<string, Answers[string]> = { ...answers };
  for (const [question, map] of Object.entries(to.carries)) {
    const value = answers[question];
    const options = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const option of options) {
      const replacement = map[option];
      if (!replacement) continue;
      if (Array.isArray(value)) out[question] = (out[question] as readonly string[]).filter((o) => o !== option);
      for (const [q, v] of Object.entries(replacement)) {
        const before = out[q];
        out[q] = Array.isArray(v) && Array.isArray(before) && q === question ? [...before, ...v] : v;
      }
    }
  }
  return out;
}

export interface RulesUpdate {
  readonly from: Ruleset;
  readonly to: Ruleset;
  /** The result as issued, under the link's own version. */
  readonly asIssued: Classification;
  /** The answers carried into the current version, and the first question still to answer there. */
  readonly carried: Answers;
  readonly missing: string | null;
  /** The result under the current rules, and what changed; null until the missing question is answered. */
  readonly current: Classification | null;
  readonly changes: Changes | null;
}

/** For complete answers of an older ruleset: the result as issued, under the current rules, and the differences. */
export function rulesUpdate(answers: Answers, from: Ruleset, to: Ruleset = CURRENT_RULESET): RulesUpdate {
  const asIssued = classify(answers, from);
  const { answers: carried, missing } = carryAnswers(answers, from, to);
  const current = missing === null ? classify(carried, to) : null;
  return { from, to, asIssued, carried, missing, current, changes: current ? compareClassifications(asIssued, current) : null };
}
