import { CURRENT_TABLE, type QuestionTable } from './rulesets/current-table';
import type { AnswerValue, Answers, Condition } from './types';

function valueOf(answers: Answers, q: string): AnswerValue | undefined {
  return Object.hasOwn(answers, q) ? answers[q] : undefined;
}

function asList(value: AnswerValue | undefined): readonly string[] | null {
  return Array.isArray(value) ? (value as readonly string[]) : null;
}

/** Results of composite conditions already evaluated for one fixed answer set (see `evaluator`). */
export type ConditionMemo = Map<Condition, boolean>;
type Test = (answers: Answers, memo?: ConditionMemo) => boolean;

// Conditions are immutable data, so each is compiled to a closure once and cached.
const compiled = new WeakMap<Condition, Test>();

/** A composite condition's test that, given a memo, computes it once per answer set (rules share their sub-conditions). */
function remembered(cond: Condition, test: Test): Test {
  return (a, memo) => {
    if (!memo) return test(a);
    const known = memo.get(cond);
    if (known !== undefined) return known;
    const value = test(a, memo);
    memo.set(cond, value);
    return value;
  };
}

function compile(cond: Condition): Test {
  const cached = compiled.get(cond);
  if (cached) return cached;
  let test: Test;
  if ('all' in cond) {
    const parts = cond.all.map(compile);
    test = remembered(cond, (a, memo) => {
      for (const t of parts) if (!t(a, memo)) return false;
      return true;
    });
  } else if ('any' in cond) {
    const parts = cond.any.map(compile);
    test = remembered(cond, (a, memo) => {
      for (const t of parts) if (t(a, memo)) return true;
      return false;
    });
  } else if ('not' in cond) {
    const inner = compile(cond.not);
    test = (a, memo) => !inner(a, memo);
  } else {
    const q = cond.q;
    const leaf = leafTest(cond);
    test = (a) => {
      const value = valueOf(a, q);
      return value !== undefined && leaf(value);
    };
  }
  compiled.set(cond, test);
  return test;
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

function leafTest(cond: Leaf): (value: AnswerValue) => boolean {
  if ('answered' in cond) return () => true;
  if ('is' in cond) return (v) => v === cond.is;
  if ('in' in cond) return (v) => typeof v === 'string' && cond.in.includes(v);
  if ('includes' in cond) return (v) => asList(v)?.includes(cond.includes) ?? false;
  return (v) => {
    const list = asList(v);
    return list !== null && cond.includesAny.some((o) => list.includes(o));
  };
}

/** Whether a condition holds for these answers; a leaf about an unanswered question is false. */
export function evaluate(cond: Condition, answers: Answers): boolean {
  return compile(cond)(answers);
}

/**
 * Evaluates many conditions over one answer set that does not change meanwhile, working out each composite
 * sub-condition they share (MAINLAND, COMMERCIAL, what needs a licence…) once.
 */
export function evaluator(answers: Answers): (cond: Condition) => boolean {
  const memo: ConditionMemo = new Map();
  return (cond) => compile(cond)(answers, memo);
}

const ORDERS = new WeakMap<object, ReadonlyMap<string, number>>();

/** The ids of the questions a condition reads, without duplicates, in the order of the table's questions. */
export function questionsRead(cond: Condition, table: QuestionTable = CURRENT_TABLE): string[] {
  let ORDER = ORDERS.get(table.questions);
  if (!ORDER) ORDERS.set(table.questions, (ORDER = new Map(table.questions.map((q, i) => [q.id, i]))));
  const order = ORDER;
  const found = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else found.add(c.q);
  };
  walk(cond);
  return [...found].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
}
