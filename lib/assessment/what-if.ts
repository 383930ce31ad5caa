import { outcomeMarks, outcomeSlots, type OutcomeIds, type OutcomeSlot } from './classify';
import { evaluate } from './condition';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import type { AnswerValue, Answers, Question } from './types';
import { conditionsOf, optionClasses } from './equivalence';
import { questionsRead } from './condition';
import { judge, verdictOf, type VerdictId } from './verdict';

/**
 * What would change a result: for each answer that matters, the other answers that would change what is needed.
 * Computed, never written by hand: every single-answer change is classified and compared with the result; where no
 * change of an answer alone changes anything, the smallest pair (that answer and one other) that does is looked for.
 * A change that opens a question the visitor was not asked is completed with each answer to it (each its own variant).
 */

/** What the what-ifs are computed with: one ruleset's questions and outcomes (the current one by default). */
export interface WhatIfEngine {
  readonly questions: readonly Question[];
  /** Every outcome the rules can add (lib/assessment/classify.ts `outcomeSlots`). */
  readonly slots: readonly OutcomeSlot[];
  /** Which of those an answer set's result holds (`outcomeMarks`): all the what-ifs compare. */
  readonly marks: (answers: Answers) => Uint8Array;
  /** Options never offered as a change (`question=option`): a "not sure" is not another way to set the service up. */
  readonly excluded?: ReadonlySet<string>;
  /**
   * The verdict of an answer set, where it reads more than the findings and grey areas its marks hold (version 3 on:
   * the readings of "not sure" answers and grey areas, lib/assessment/verdict.ts `judge`).
   */
  readonly verdict?: (answers: Answers, marks?: Uint8Array) => VerdictId;
  /**
   * Options of a single choice that no condition tells apart (provinces outside the pilot areas): a change to one of
   * them is a change to all, so one of each class is tried, and none of the class the answer is already in.
   */
  readonly classes?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * For each question, the questions some condition reads together with it: only with one of those can a change that
   * does nothing alone do something (the pair search tries no other).
   */
  readonly together?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The what-if engine of a ruleset: its questions, its rules, and its "not sure" options left out. */
export function whatIfEngine(ruleset: Ruleset): WhatIfEngine {
  return {
    questions: ruleset.questions,
    slots: outcomeSlots(ruleset),
    marks: (answers) => outcomeMarks(answers, ruleset),
    excluded: new Set(ruleset.notSure.map((n) => `${n.question}=${n.option}`)),
    ...(ruleset.greyReadings && { verdict: judgedVerdict(ruleset), classes: optionClasses(ruleset), together: readTogether(ruleset) }),
  };
}

/** For each question, the questions that a rule, a question's `when` or a next step reads with it. */
function readTogether(ruleset: Ruleset): ReadonlyMap<string, ReadonlySet<string>> {
  const together = new Map<string, Set<string>>(ruleset.questions.map((q) => [q.id, new Set<string>()]));
  for (const cond of conditionsOf(ruleset)) {
    const read = questionsRead(cond, ruleset);
    for (const a of read) for (const b of read) if (a !== b) together.get(a)?.add(b);
  }
  // A question's `when` reads earlier answers: asking it or not is an interaction with them too.
  for (const q of ruleset.questions) {
    if (!q.when) continue;
    for (const read of questionsRead(q.when, ruleset)) {
      together.get(read)?.add(q.id);
      together.get(q.id)?.add(read);
    }
  }
  return together;
}

/**
 * The judged verdict of answer sets, for the what-ifs: the outcomes' own verdict where no "not sure" answer and no grey
 * area with readings is involved (nearly every changed answer set), `judge` otherwise.
 */
function judgedVerdict(ruleset: Ruleset): (answers: Answers, marks?: Uint8Array) => VerdictId {
  const unsure = ruleset.notSure.filter((n) => n.readings);
  const greyRead = new Set(Object.keys(ruleset.greyReadings ?? {}));
  const slots = outcomeSlots(ruleset);
  return (answers, known) => {
    if (!unsure.some((n) => answers[n.question] === n.option)) {
      const marks = known ?? outcomeMarks(answers, ruleset);
      if (!slots.some((slot, i) => marks[i] === 1 && slot.kind === 'grey' && greyRead.has(slot.id))) {
        const findings = slots.flatMap((slot, i) => (slot.kind === 'finding' && marks[i] === 1 ? [{ id: slot.id }] : []));
        const greyAreas = slots.flatMap((slot, i) => (slot.kind === 'grey' && marks[i] === 1 ? [{ id: slot.id }] : []));
        return verdictOf({ findings, greyAreas }).id;
      }
    }
    return judge(answers, ruleset).id;
  };
}

const CURRENT: WhatIfEngine = whatIfEngine(CURRENT_RULESET);

export type OutcomeKind = 'obligation' | 'subItem' | 'code' | 'finding' | 'grey';
export interface OutcomeRef {
  readonly kind: OutcomeKind;
  readonly id: string;
}

/** How one classification differs from another: the verdict (when it changes) and the outcomes gained and lost. */
export interface OutcomeDiff {
  readonly verdict: { readonly from: VerdictId; readonly to: VerdictId } | null;
  readonly added: readonly OutcomeRef[];
  readonly removed: readonly OutcomeRef[];
}

/** One answer set to a question: `set` replaces the answer, `add` and `remove` change one option of a multiple choice. */
export interface AnswerChange {
  readonly question: string;
  readonly action: 'set' | 'add' | 'remove';
  /** The option id set, added or removed (`yes`/`no` for a yes/no question). */
  readonly option: string;
}

export interface WhatIfVariant {
  /** The change to the answer that matters, then any other change it needs (a pair, or the answer to a newly asked question). */
  readonly changes: readonly AnswerChange[];
  /** The complete answer set after the changes: its result is the what-if's result. */
  readonly answers: Answers;
}

/** One line: changes of the same answer, in the same way, with the same effect. */
export interface WhatIfLine {
  readonly question: string;
  readonly action: AnswerChange['action'];
  readonly diff: OutcomeDiff;
  readonly variants: readonly WhatIfVariant[];
}

/** The lines of one answer that matters, in question order. */
export interface WhatIfGroup {
  readonly question: string;
  readonly lines: readonly WhatIfLine[];
}

function outcomeRefs(c: OutcomeIds): Map<string, OutcomeRef> {
  const refs = new Map<string, OutcomeRef>();
  const put = (kind: OutcomeKind, id: string) => refs.set(`${kind}:${id}`, { kind, id });
  for (const o of c.obligations) put('obligation', o.id);
  for (const f of c.findings) put('finding', f.id);
  for (const g of c.greyAreas) put('grey', g.id);
  return refs;
}

function subParts(c: OutcomeIds): Map<string, Map<string, OutcomeRef>> {
  return new Map(
    c.obligations.map((o) => {
      const parts = new Map<string, OutcomeRef>();
      for (const id of o.subItems) parts.set(`subItem:${id}`, { kind: 'subItem', id });
      for (const id of o.codes) parts.set(`code:${id}`, { kind: 'code', id });
      return [o.id, parts];
    }),
  );
}

/**
 * How `to` differs from `from`. Sub-items and codes count only for an obligation both need (else the obligation says it).
 * The verdicts are the classifications' own unless given (judged under the readings of the answers: `judge`).
 */
export function diffClassifications(from: OutcomeIds, to: OutcomeIds, verdicts?: { from: VerdictId; to: VerdictId }): OutcomeDiff {
  return differFrom(from, verdicts?.from)(to, verdicts?.to);
}

/** `diffClassifications`, with what `from` holds worked out first. */
function differFrom(from: OutcomeIds, judgedFrom?: VerdictId): (to: OutcomeIds, judgedTo?: VerdictId) => OutcomeDiff {
  const a = outcomeRefs(from);
  const subA = subParts(from);
  const va = judgedFrom ?? verdictOf(from).id;
  return (to, judgedTo) => {
    const b = outcomeRefs(to);
    const added = [...b].filter(([k]) => !a.has(k)).map(([, r]) => r);
    const removed = [...a].filter(([k]) => !b.has(k)).map(([, r]) => r);
    for (const [obligation, partsB] of subParts(to)) {
      const partsA = subA.get(obligation);
      if (!partsA) continue;
      for (const [k, r] of partsB) if (!partsA.has(k)) added.push(r);
      for (const [k, r] of partsA) if (!partsB.has(k)) removed.push(r);
    }
    const vb = judgedTo ?? verdictOf(to).id;
    return { verdict: va === vb ? null : { from: va, to: vb }, added, removed };
  };
}

const NO_CHANGE: OutcomeDiff = { verdict: null, added: [], removed: [] };

/**
 * `diffClassifications` from one result to many, on outcome marks (`WhatIfEngine.marks`): the same diff, in the same
 * order, from two arrays of a few dozen bytes rather than sets of outcomes (the what-ifs compare hundreds per result).
 */
function marksDifferFrom(
  slots: readonly OutcomeSlot[],
  from: Uint8Array,
  judged?: { readonly verdict: (answers: Answers, marks?: Uint8Array) => VerdictId; readonly base: Answers },
): (to: Uint8Array, answers: Answers) => OutcomeDiff {
  const refs: OutcomeRef[] = slots.map((slot) => ({ kind: slot.kind, id: slot.id }));
  const idsOf = <K extends 'finding' | 'grey'>(kind: K, marks: Uint8Array) =>
    slots.flatMap((slot, i) => (slot.kind === kind && marks[i] === 1 ? [{ id: slot.id as Extract<OutcomeSlot, { kind: K }>['id'] }] : []));
  const verdict = (marks: Uint8Array): VerdictId => verdictOf({ findings: idsOf('finding', marks), greyAreas: idsOf('grey', marks) }).id;
  const va = judged ? judged.verdict(judged.base, from) : verdict(from);
  return (to, answers) => {
    let i = 0;
    while (i < slots.length && to[i] === from[i]) i++;
    // A judged verdict reads the readings of the answers, which the same outcomes do not tell apart.
    const judgedB = judged ? judged.verdict(answers, to) : undefined;
    if (i === slots.length)
      return judgedB === undefined || judgedB === va ? NO_CHANGE : { verdict: { from: va, to: judgedB }, added: [], removed: [] };
    const added: OutcomeRef[] = [];
    const removed: OutcomeRef[] = [];
    const addedParts: OutcomeRef[] = [];
    const removedParts: OutcomeRef[] = [];
    // The verdict reads findings and grey areas only: where none of them differs, it is the result's own.
    let verdictMayDiffer = false;
    for (; i < slots.length; i++) {
      if (to[i] === from[i]) continue;
      const slot = slots[i]!;
      if (slot.kind === 'subItem' || slot.kind === 'code') {
        // A sub-item or code counts only for an obligation both need (else the obligation's own change says it).
        if (from[slot.of] === 1 && to[slot.of] === 1) (to[i] === 1 ? addedParts : removedParts).push(refs[i]!);
      } else {
        if (slot.kind === 'finding' || slot.kind === 'grey') verdictMayDiffer = true;
        (to[i] === 1 ? added : removed).push(refs[i]!);
      }
    }
    const vb = judgedB ?? (verdictMayDiffer ? verdict(to) : va);
    return { verdict: va === vb ? null : { from: va, to: vb }, added: [...added, ...addedParts], removed: [...removed, ...removedParts] };
  };
}

export function isEmptyDiff(d: OutcomeDiff): boolean {
  return d.verdict === null && d.added.length === 0 && d.removed.length === 0;
}

function diffKey(d: OutcomeDiff): string {
  const refs = (list: readonly OutcomeRef[]) => list.map((r) => `${r.kind}:${r.id}`).join(',');
  return `${d.verdict ? `${d.verdict.from}>${d.verdict.to}` : ''}|+${refs(d.added)}|-${refs(d.removed)}`;
}

function optionsOf(q: Question): readonly string[] {
  return q.kind === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.id);
}

function asOptions(value: AnswerValue | undefined): readonly string[] {
  if (value === undefined) return [];
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (typeof value === 'number') return [String(value)];
  return typeof value === 'string' ? [value] : value;
}

function valueFor(q: Question, options: readonly string[]): AnswerValue {
  if (q.kind === 'yesno') return options[0] === 'yes';
  if (q.kind === 'multi') {
    const order = optionsOf(q);
    return [...options].sort((x, y) => order.indexOf(x) - order.indexOf(y));
  }
  return options[0]!;
}

/** Every single change of one answer: another option, or (multiple choice) one option more or fewer. */
function changesOf(
  q: Question,
  value: AnswerValue,
  excluded: ReadonlySet<string> = new Set(),
  classes?: ReadonlyMap<string, readonly (readonly string[])[]>,
): { change: AnswerChange; value: AnswerValue }[] {
  const current = asOptions(value);
  const all = optionsOf(q).filter((o) => !excluded.has(`${q.id}=${o}`));
  if (q.kind !== 'multi') {
    const groups = classes?.get(q.id);
    const tried = groups
      ? all.filter((o) => {
          const group = groups.find((g) => g.includes(o));
          return !group || (!group.includes(current[0]!) && group.find((x) => all.includes(x)) === o);
        })
      : all;
    return tried
      .filter((o) => o !== current[0])
      .map((o) => ({ change: { question: q.id, action: 'set', option: o }, value: valueFor(q, [o]) }));
  }
  const exclusive = new Set((q.options ?? []).filter((o) => o.exclusive).map((o) => o.id));
  const holdsExclusive = current.some((o) => exclusive.has(o));
  const out: { change: AnswerChange; value: AnswerValue }[] = [];
  for (const o of all) {
    if (current.includes(o)) {
      if (current.length > 1)
        out.push({
          change: { question: q.id, action: 'remove', option: o },
          value: valueFor(
            q,
            current.filter((c) => c !== o),
          ),
        });
    } else if (exclusive.has(o) || holdsExclusive || current.length === 0) {
      out.push({ change: { question: q.id, action: 'set', option: o }, value: valueFor(q, [o]) });
    } else {
      out.push({ change: { question: q.id, action: 'add', option: o }, value: valueFor(q, [...current, o]) });
    }
  }
  return out;
}

/** The questions asked on this path and the answers that count (answers to questions not asked are dropped). */
function walk(questions: readonly Question[], answers: Answers): { asked: Question[]; applicable: Record<string, AnswerValue> } {
  const asked: Question[] = [];
  const applicable: Record<string, AnswerValue> = {};
  for (const q of questions) {
    if (q.when && !evaluate(q.when, applicable)) continue;
    asked.push(q);
    if (Object.hasOwn(answers, q.id)) applicable[q.id] = answers[q.id]!;
  }
  return { asked, applicable };
}

/** Completes answers after a change: each question it newly opens gets each single answer in turn (at most `limit` sets). */
function completions(questions: readonly Question[], answers: Answers, limit = 12): { answers: Answers; added: AnswerChange[] }[] {
  const { asked, applicable } = walk(questions, answers);
  const missing = asked.find((q) => !Object.hasOwn(applicable, q.id));
  if (!missing) return [{ answers: applicable, added: [] }];
  const out: { answers: Answers; added: AnswerChange[] }[] = [];
  for (const option of optionsOf(missing)) {
    const next = { ...applicable, [missing.id]: valueFor(missing, [option]) };
    for (const rest of completions(questions, next, limit - out.length)) {
      out.push({ answers: rest.answers, added: [{ question: missing.id, action: 'set', option }, ...rest.added] });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** One string per answer set (in question order), cheap to build: what the classifications are remembered by. */
function answersKey(questions: readonly Question[], answers: Answers): string {
  let key = '';
  for (const q of questions) {
    const value = answers[q.id];
    key += value === undefined ? '\u0000' : Array.isArray(value) ? `[${value.join(',')}]` : String(value);
    key += '\u0001';
  }
  return key;
}

function size(d: OutcomeDiff): number {
  return (d.verdict ? 1 : 0) + d.added.length + d.removed.length;
}

function smallest<T extends { diff: OutcomeDiff }>(list: readonly T[]): T | undefined {
  return list.reduce<T | undefined>((best, c) => (best === undefined || size(c.diff) < size(best.diff) ? c : best), undefined);
}

interface Candidate {
  readonly variant: WhatIfVariant;
  readonly diff: OutcomeDiff;
}

/** The what-ifs of a complete answer set, grouped by the answer that matters, in question order. */
export function whatIfs(answers: Answers, engine: WhatIfEngine = CURRENT): WhatIfGroup[] {
  const { questions } = engine;
  const { asked, applicable: base } = walk(questions, answers);
  const fromBase = marksDifferFrom(engine.slots, engine.marks(base), engine.verdict && { verdict: engine.verdict, base });
  const memo = new Map<string, OutcomeDiff>();
  const diffOf = (a: Answers): OutcomeDiff => {
    const key = answersKey(questions, a);
    let d = memo.get(key);
    if (!d) memo.set(key, (d = fromBase(engine.marks(a), a)));
    return d;
  };
  // Each change once: where it opens a question, completed with the answer that changes least (but something).
  const singles = (from: Answers, q: Question): Candidate[] =>
    changesOf(q, from[q.id]!, engine.excluded, engine.classes).map(({ change, value }) => {
      const options = completions(questions, { ...from, [q.id]: value }).map((c) => ({
        variant: { changes: [change, ...c.added], answers: c.answers },
        diff: diffOf(c.answers),
      }));
      return smallest(options.filter((c) => !isEmptyDiff(c.diff))) ?? options[0]!;
    });

  const groups: WhatIfGroup[] = [];
  for (const q of asked) {
    if (!Object.hasOwn(base, q.id)) continue;
    let found = singles(base, q).filter((c) => !isEmptyDiff(c.diff));
    if (found.length === 0) found = smallestPair(q);
    if (found.length === 0) continue;
    const lines = new Map<string, { question: string; action: AnswerChange['action']; diff: OutcomeDiff; variants: WhatIfVariant[] }>();
    for (const c of found) {
      const action = c.variant.changes[0]!.action;
      const key = `${action}|${diffKey(c.diff)}`;
      const line = lines.get(key);
      if (line) line.variants.push(c.variant);
      else lines.set(key, { question: q.id, action, diff: c.diff, variants: [c.variant] });
    }
    groups.push({ question: q.id, lines: [...lines.values()] });
  }
  return groups;

  // No change of `q` alone changes anything: the change of q and of one other answer that together do with the fewest
  // changes in all (then the smallest effect, then the first in question and option order), where the other change
  // alone would not have the same effect. Searched by number of changes, fewest first, so longer pairs are never
  // classified once a shorter one is found, and a pair that changes just one thing ends the search.
  function smallestPair(q: Question): Candidate[] {
    const pairs: { changes: AnswerChange[]; answers: Answers }[] = [];
    for (const first of changesOf(q, base[q.id]!, engine.excluded, engine.classes)) {
      for (const afterFirst of completions(questions, { ...base, [q.id]: first.value })) {
        const { asked: then } = walk(questions, afterFirst.answers);
        const partners = engine.together?.get(q.id);
        for (const other of then) {
          if (other.id === q.id || !Object.hasOwn(base, other.id) || (partners && !partners.has(other.id))) continue;
          for (const second of changesOf(other, afterFirst.answers[other.id]!, engine.excluded, engine.classes)) {
            for (const c of completions(questions, { ...afterFirst.answers, [other.id]: second.value })) {
              pairs.push({ changes: [first.change, ...afterFirst.added, second.change, ...c.added], answers: c.answers });
            }
          }
        }
      }
    }
    const lengths = [...new Set(pairs.map((p) => p.changes.length))].sort((x, y) => x - y);
    for (const length of lengths) {
      let best: Candidate | undefined;
      for (const pair of pairs) {
        if (pair.changes.length !== length) continue;
        const diff = diffOf(pair.answers);
        if (isEmptyDiff(diff) || (best && size(diff) >= size(best.diff))) continue;
        // The same answers with q as it was: if they are complete and change the same, q's change is not part of it.
        const without = walk(questions, { ...base, ...pair.answers, [q.id]: base[q.id]! });
        const complete = without.asked.every((x) => Object.hasOwn(without.applicable, x.id));
        if (complete && diffKey(diffOf(without.applicable)) === diffKey(diff)) continue;
        best = { variant: pair, diff };
        if (size(diff) === 1) break;
      }
      if (best) return [best];
    }
    return [];
  }
}

/** How much a line changes, to show the weightiest first: a verdict change, then the number of outcomes. */
export function weight(line: WhatIfLine): number {
  return (line.diff.verdict ? 100 : 0) + line.diff.added.length + line.diff.removed.length;
}
