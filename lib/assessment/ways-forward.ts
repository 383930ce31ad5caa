import { classify } from './classify';
import { applicableAnswers, nextQuestion } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import type { AnswerValue, Answers, Classification, ObligationId } from './types';
import { judge, type Verdict, type VerdictId } from './verdict';

export { WAY_FORWARD_IDS, WAY_FORWARD_KINDS, type Feature, type WayForwardId, type WayForwardKind } from './rulesets/ways-forward-table';
import type { Feature, WayForwardDef, WayForwardId, WayForwardKind, WayForwardVariant } from './rulesets/ways-forward-table';

export interface WayForward {
  readonly id: WayForwardId;
  readonly kind: WayForwardKind;
  readonly risk?: 'high';
  /** The feature it takes out (or leaves to a licence holder's own service), where it takes one out. */
  readonly feature?: Feature;
  /** The guide that explains it. */
  readonly guide: string;
  /** The complete answer set this way forward describes (answers its questions would no longer ask are dropped). */
  readonly answers: Answers;
  /** Ids of the questions whose answers it changes, in question order. */
  readonly changes: readonly string[];
  readonly verdict: VerdictId;
  /** What it would need: the obligations of the changed answers. */
  readonly obligations: readonly ObligationId[];
  readonly classification: Classification;
}

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Answers every question the change newly asks with its "not sure" option; null when one has none. */
function completed(answers: Answers, ruleset: Ruleset): Answers | null {
  let current = applicableAnswers(answers, ruleset);
  for (let q = nextQuestion(current, ruleset); q; q = nextQuestion(current, ruleset)) {
    const notSure = ruleset.notSure.find((n) => n.question === q!.id);
    if (!notSure) return null;
    current = applicableAnswers({ ...current, [q.id]: notSure.option }, ruleset);
  }
  return current;
}

/**
 * The ways forward from a blocked result, from the ruleset the result was made under: each is these answers with some
 * changed, classified afresh, and is kept only if that changes the verdict. Not blocked → none (nothing to get past).
 */
export function waysForward(
  answers: Answers,
  ruleset: Ruleset = CURRENT_RULESET,
  verdict: Verdict = judge(answers, ruleset),
): WayForward[] {
  const table = ruleset.waysForward;
  if (!table || verdict.id !== 'blocked') return [];
  const ways: WayForward[] = [];
  for (const way of table.ways) {
    if (way.unlessFound && ways.some((w) => w.id === way.unlessFound)) continue;
    for (const variant of variantsOf(way, answers)) {
      // One feature is offered once: by the first way (with the fewest other changes) that takes it out.
      if (
        variant.feature &&
        ways.some(
          (w) => w.feature && same(w.feature.question, variant.feature!.question) && same(w.feature.option, variant.feature!.option),
        )
      )
        continue;
      const found = tryWay(way, variant);
      if (found) ways.push(found);
    }
  }
  return ways;

  function tryWay(way: WayForwardDef, { changes: change, feature }: WayForwardVariant): WayForward | null {
    const merged = applicableAnswers({ ...answers, ...change }, ruleset);
    // Without "not sure" answers to fill a newly asked question, a change cannot be classified without guessing.
    const changed = table!.completesWithNotSure ? completed(merged, ruleset) : nextQuestion(merged, ruleset) === null ? merged : null;
    if (!changed) return null;
    // Judged first: a change that still blocks is dropped without classifying it.
    const v = judge(changed, ruleset).id;
    if (v === 'blocked') return null;
    const c = classify(changed, ruleset);
    return {
      id: way.id,
      kind: way.kind,
      ...(way.risk && { risk: way.risk }),
      ...(feature && { feature }),
      guide: way.guide,
      answers: changed,
      changes: ruleset.questions.map((q) => q.id).filter((q) => !same(answers[q], changed[q])),
      verdict: v,
      obligations: c.obligations.map((o) => o.id),
      classification: c,
    };
  }
}

/** A way's variants for these answers: its one change, its several, or none. */
function variantsOf(way: WayForwardDef, answers: Answers): readonly WayForwardVariant[] {
  if (way.variants) return way.variants(answers);
  const change = way.change?.(answers);
  return change ? [{ changes: change }] : [];
}
