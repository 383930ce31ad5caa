import { evaluate } from './condition';
import type { Ruleset } from './rulesets';
import type { AnswerValue, Condition, Question } from './types';

/** Every leaf condition (rules, question `when`s, next steps) that reads question `q`. */
export function leavesReading(q: string, roots: readonly Condition[]): Condition[] {
  const out: Condition[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (c.q === q) out.push(c);
  };
  roots.forEach(walk);
  return out;
}

/** Every pair of non-exclusive options of a multiple-choice question. */
export function pairsOf(q: Question): string[][] {
  const plain = (q.options ?? []).filter((o) => !o.exclusive).map((o) => o.id);
  const out: string[][] = [];
  for (let i = 0; i < plain.length; i++) for (let j = i + 1; j < plain.length; j++) out.push([plain[i]!, plain[j]!]);
  return out;
}

/**
 * Whether options `a` and `b` of question `q` are interchangeable for these conditions: every leaf
 * reading `q` gives the same result when `a` and `b` are swapped in any single or pair answer.
 */
export function interchangeable(question: Question, a: string, b: string, roots: readonly Condition[]): boolean {
  const swap = (v: string) => (v === a ? b : v === b ? a : v);
  const values: AnswerValue[] =
    question.kind === 'multi'
      ? [...(question.options ?? []).map((o) => [o.id]), ...pairsOf(question)]
      : (question.options ?? []).map((o) => o.id);
  return leavesReading(question.id, roots).every((leaf) =>
    values.every((v) => {
      const swapped = Array.isArray(v) ? v.map(swap) : swap(v as string);
      return evaluate(leaf, { [question.id]: v }) === evaluate(leaf, { [question.id]: swapped });
    }),
  );
}

/** Every condition of a ruleset: its rules, its questions' `when`s and its next steps that read answers. */
export function conditionsOf(ruleset: Ruleset): Condition[] {
  return [
    ...ruleset.rules.map((r) => r.when),
    ...ruleset.questions.flatMap((q) => (q.when ? [q.when] : [])),
    ...ruleset.nextSteps.flatMap((s) => ('answers' in s.when ? [s.when.answers] : [])),
  ];
}

const CLASSES = new WeakMap<Ruleset, ReadonlyMap<string, readonly (readonly string[])[]>>();

/**
 * The options of each single-choice question grouped into classes that no rule, question or next step tells apart
 * (for example the provinces outside the pilot areas): answers that differ only within a class classify alike.
 */
export function optionClasses(ruleset: Ruleset): ReadonlyMap<string, readonly (readonly string[])[]> {
  const known = CLASSES.get(ruleset);
  if (known) return known;
  const roots = conditionsOf(ruleset);
  const out = new Map<string, string[][]>();
  for (const q of ruleset.questions) {
    if (q.kind !== 'single') continue;
    const classes: string[][] = [];
    // A "not sure" answer is judged under its readings, whatever the conditions say: it stands alone.
    const unsure = new Set(ruleset.notSure.filter((n) => n.question === q.id).map((n) => n.option));
    for (const { id } of q.options ?? []) {
      const home = unsure.has(id) ? undefined : classes.find((c) => !unsure.has(c[0]!) && interchangeable(q, c[0]!, id, roots));
      if (home) home.push(id);
      else classes.push([id]);
    }
    out.set(q.id, classes);
  }
  CLASSES.set(ruleset, out);
  return out;
}
