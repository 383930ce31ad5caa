/** Test helpers: walking the questionnaire's reachable paths. Not part of the public API. */
import { nextQuestion } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import type { AnswerValue, Answers, Question } from './types';

export type Choices = (question: Question, answers: Answers) => readonly AnswerValue[];

/** Each option alone (the exclusive one included) for multiple choice; every option otherwise. */
export const singles: Choices = (q) => {
  if (q.kind === 'yesno') return [true, false];
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.kind === 'multi') return ids.map((id) => [id]);
  return ids;
};

/** Every complete answer set reachable by answering each asked question with one of `choices`. */
export function* completePaths(choices: Choices, start: Answers = {}, ruleset: Ruleset = CURRENT_RULESET): Generator<Answers> {
  const question = nextQuestion(start, ruleset);
  if (!question) {
    yield start;
    return;
  }
  for (const value of choices(question, start)) yield* completePaths(choices, { ...start, [question.id]: value }, ruleset);
}

export { interchangeable, leavesReading, pairsOf } from './equivalence';
