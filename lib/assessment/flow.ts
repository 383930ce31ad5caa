import { evaluate } from './condition';
import { CURRENT_TABLE, type QuestionTable } from './rulesets/current-table';
import type { Answers, AnswerValue, Question } from './types';

// Per question table (one per ruleset version), built once.
const BY_ID = new WeakMap<readonly Question[], ReadonlyMap<string, Question>>();

function byId(table: QuestionTable): ReadonlyMap<string, Question> {
  let map = BY_ID.get(table.questions);
  if (!map) BY_ID.set(table.questions, (map = new Map(table.questions.map((q) => [q.id, q]))));
  return map;
}

/** The question with this id, or undefined. Safe for any string (no prototype lookups). */
export function getQuestion(id: string, table: QuestionTable = CURRENT_TABLE): Question | undefined {
  return byId(table).get(id);
}

/** Walks the questionnaire once: the questions asked on this path and the answers that count. */
function walk(answers: Answers, table: QuestionTable): { asked: Question[]; applicable: Record<string, AnswerValue> } {
  const asked: Question[] = [];
  const applicable: Record<string, AnswerValue> = {};
  for (const question of table.questions) {
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
export function isAsked(question: Question, answers: Answers, table: QuestionTable = CURRENT_TABLE): boolean {
  return walk(answers, table).asked.some((q) => q.id === question.id);
}

/** The questions asked on this path, in order. */
export function askedQuestions(answers: Answers, table: QuestionTable = CURRENT_TABLE): Question[] {
  return walk(answers, table).asked;
}

/** The answers to questions asked on this path; answers to other questions (stale or unknown) are dropped. */
export function applicableAnswers(answers: Answers, table: QuestionTable = CURRENT_TABLE): Answers {
  return walk(answers, table).applicable;
}

/** The first question on this path without an answer, or null when the answers are complete. */
export function nextQuestion(answers: Answers, table: QuestionTable = CURRENT_TABLE): Question | null {
  const { asked, applicable } = walk(answers, table);
  return asked.find((q) => !Object.hasOwn(applicable, q.id)) ?? null;
}

/** True when every question asked on this path has an answer. */
export function isComplete(answers: Answers, table: QuestionTable = CURRENT_TABLE): boolean {
  return nextQuestion(answers, table) === null;
}
