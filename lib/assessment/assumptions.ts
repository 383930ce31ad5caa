import { classify } from './classify';
import { compareClassifications, noChanges, type Changes } from './compare';
import { applicableAnswers, nextQuestion } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import type { Answers } from './types';

export interface Alternative {
  /** Another option of the question. */
  readonly value: string;
  /** What the result would gain, lose or change with that answer instead of the assumption. */
  readonly changes: Changes;
}

export interface Assumption {
  readonly question: string;
  /** The "not sure" option given. */
  readonly option: string;
  /** The option the rules read it as. */
  readonly assumed: string;
  /** Only the other answers that would change the result, in the question's option order. */
  readonly alternatives: readonly Alternative[];
}

/**
 * For each "not sure" answer on the path: the answer the rules assumed and, for every other answer that would
 * change the result, what would change, worked out by classifying each possibility (the other answers kept).
 * Pure. A possibility that leaves a later question unanswered is read with that question's "not sure" if it has one.
 */
export function assumptions(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): Assumption[] {
  const applicable = applicableAnswers(answers, ruleset);
  const base = classify(applicable, ruleset);
  const out: Assumption[] = [];
  for (const { question, option, assumed } of ruleset.notSure) {
    if (applicable[question] !== option) continue;
    const q = ruleset.questions.find((x) => x.id === question);
    const alternatives: Alternative[] = [];
    for (const { id: value } of q?.options ?? []) {
      if (value === option || value === assumed) continue;
      const possible = fill({ ...applicable, [question]: value }, ruleset);
      if (!possible) continue;
      const changes = compareClassifications(base, classify(possible, ruleset));
      if (!noChanges(changes)) alternatives.push({ value, changes });
    }
    out.push({ question, option, assumed, alternatives });
  }
  return out;
}

/** Answers every newly asked question with its "not sure" option; null when one has none. */
function fill(answers: Answers, ruleset: Ruleset): Answers | null {
  let current = answers;
  for (let missing = nextQuestion(current, ruleset); missing; missing = nextQuestion(current, ruleset)) {
    const notSure = ruleset.notSure.find((n) => n.question === missing!.id);
    if (!notSure) return null;
    current = { ...current, [missing.id]: notSure.option };
  }
  return current;
}
