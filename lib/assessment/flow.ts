import { evaluate } from './condition';
import { QUESTIONS } from './questions';
import type { Answers, AnswerValue, Question } from './types';

const BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined. Safe for any string (no prototype lookups). */
export function getQuestion(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** Walks the questionnaire once: the questions asked on this path and the answers that count. */
function walk(answers: Answers): { asked: Question[]; applicable: Record<string, AnswerValue> } {
  const asked: Question[] = [];
  const applicable: Record<string, AnswerValue> = {};
  for (const question of QUESTIONS as readonly Question[]) {
    // A `when` reads only earlier questions, so the answers kept so far are all it can see.
    if (question.when && !evaluate(question.when, applicable)) continue;
    asked.push(question);
    if (Object.hasOwn(answers, question.id) && answers[question.id] !== undefined) {
      applicable[question.id] = answers[question.id] as AnswerValue;
    }
  }
  return { asked, applicable };
}

/** Whether a question is asked, given the (applicable) answers to the questions before it. */
export function isAsked(question: Question, answers: Answers): boolean {
  return walk(answers).asked.some((q) => q.id === question.id);
}

/** The questions asked on this path, in order. */
export function askedQuestions(answers: Answers): Question[] {
  return walk(answers).asked;
}

/** The answers to questions asked on this path; answers to other questions (stale or unknown) are dropped. */
export function applicableAnswers(answers: Answers): Answers {
  return walk(answers).applicable;
}

/** The first question on this path without an answer, or null when the answers are complete. */
export function nextQuestion(answers: Answers): Question | null {
  const { asked, applicable } = walk(answers);
  return asked.find((q) => !Object.hasOwn(applicable, q.id)) ?? null;
}

/** True when every question asked on this path has an answer. */
export function isComplete(answers: Answers): boolean {
  return nextQuestion(answers) === null;
}
