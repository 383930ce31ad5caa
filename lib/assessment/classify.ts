import { evaluate, evaluator, questionsRead } from './condition';
import { applicableAnswers } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import {
  B25_ITEMS,
  FINDING_IDS,
  GREY_AREA_IDS,
  OBLIGATION_IDS,
  OTHER_VATS_CODES,
  type Answers,
  type B25Item,
  type Classification,
  type Confidence,
  type FindingId,
  type GreyAreaId,
  type ObligationId,
  type OtherVatsCode,
  type Outcome,
  type NextStepWhen,
  type Reason,
  type Rule,
} from './types';

// What each rule of a ruleset reads never changes: work it out once per ruleset.
const READS = new WeakMap<Ruleset, ReadonlyMap<string, readonly string[]>>();

function readsOf(ruleset: Ruleset): ReadonlyMap<string, readonly string[]> {
  let reads = READS.get(ruleset);
  if (!reads) READS.set(ruleset, (reads = new Map(ruleset.rules.map((r) => [r.id, questionsRead(r.when, ruleset)]))));
  return reads;
}

function inOrder<T extends string>(order: readonly T[], ids: readonly T[] | ReadonlyMap<T, unknown>): T[] {
  return order.filter((id) => ('has' in ids ? ids.has(id) : ids.includes(id)));
}

function collectOutcomes<Id extends string>(order: readonly Id[], reasons: Map<Id, Reason[]>): Outcome<Id>[] {
  return inOrder(order, reasons).map((id) => ({ id, because: reasons.get(id) ?? [] }));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function stepApplies(when: NextStepWhen, result: Omit<Classification, 'nextSteps'>, answers: Answers): boolean {
  if ('always' in when) return true;
  if ('anyObligation' in when) return result.obligations.some((o) => when.anyObligation.includes(o.id));
  if ('anyFinding' in when) return result.findings.some((f) => when.anyFinding.includes(f.id));
  if ('anyGrey' in when) return result.greyAreas.some((g) => when.anyGrey.includes(g.id));
  return evaluate(when.answers, answers);
}

/**
 * What applies to a service with these answers, why and on what authority. Pure. Answers to questions
 * not asked on the path are ignored; every rule whose condition holds fires, and outcomes are merged by id.
 */
export function classify(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): Classification {
  const applicable = applicableAnswers(answers, ruleset);
  const READS = readsOf(ruleset);
  const obligations = new Map<ObligationId, Reason[]>();
  const subItems = new Map<ObligationId, B25Item[]>();
  const codes = new Map<ObligationId, OtherVatsCode[]>();
  const notNeeded = new Map<ObligationId, Reason[]>();
  const findings = new Map<FindingId, Reason[]>();
  const greyAreas = new Map<GreyAreaId, Reason[]>();

  const holds = evaluator(applicable);
  for (const rule of ruleset.rules) {
    if (!holds(rule.when)) continue;
    const reason: Reason = {
      ruleId: rule.id,
      // The questions the rule read that were answered on this path, in question order.
      questions: (READS.get(rule.id) ?? []).filter((q) => Object.hasOwn(applicable, q)),
      confidence: rule.confidence,
      citations: rule.citations,
    };
    const p = rule.produces;
    switch (p.kind) {
      case 'obligation':
        push(obligations, p.id, reason);
        for (const item of p.subItems ?? []) push(subItems, p.id, item);
        for (const code of p.codes ?? []) push(codes, p.id, code);
        break;
      case 'not-needed':
        push(notNeeded, p.id, reason);
        break;
      case 'finding':
        push(findings, p.id, reason);
        break;
      case 'grey':
        push(greyAreas, p.id, reason);
        break;
    }
  }

  const result: Omit<Classification, 'nextSteps'> = {
    version: ruleset.version,
    obligations: inOrder(OBLIGATION_IDS, obligations).map((id) => ({
      id,
      subItems: inOrder(B25_ITEMS, subItems.get(id) ?? []),
      codes: inOrder(OTHER_VATS_CODES, codes.get(id) ?? []),
      because: obligations.get(id) ?? [],
    })),
    // What is needed wins over what another rule found not needed.
    notNeeded: collectOutcomes(OBLIGATION_IDS, notNeeded).filter((n) => !obligations.has(n.id)),
    findings: collectOutcomes(FINDING_IDS, findings),
    greyAreas: collectOutcomes(GREY_AREA_IDS, greyAreas),
  };
  return { ...result, nextSteps: ruleset.nextSteps.filter((s) => stepApplies(s.when, result, applicable)).map((s) => s.id) };
}

/** What a classification holds, without the reasons: the outcome ids (a `Classification` is one). */
export interface OutcomeIds {
  readonly obligations: readonly {
    readonly id: ObligationId;
    readonly subItems: readonly B25Item[];
    readonly codes: readonly OtherVatsCode[];
  }[];
  readonly findings: readonly { readonly id: FindingId }[];
  readonly greyAreas: readonly { readonly id: GreyAreaId }[];
}

/** One outcome a rule can add: an obligation, one of its sub-items or codes (`of`: the obligation's slot), a finding, a grey area. */
export type OutcomeSlot =
  | { readonly kind: 'obligation'; readonly id: ObligationId }
  | { readonly kind: 'subItem'; readonly obligation: ObligationId; readonly of: number; readonly id: B25Item }
  | { readonly kind: 'code'; readonly obligation: ObligationId; readonly of: number; readonly id: OtherVatsCode }
  | { readonly kind: 'finding'; readonly id: FindingId }
  | { readonly kind: 'grey'; readonly id: GreyAreaId };

/** A ruleset's rules as the outcome slots each adds, the slots listed in the order `classify` reports them. */
interface SlotTable {
  readonly slots: readonly OutcomeSlot[];
  readonly rules: readonly { readonly when: Rule['when']; readonly adds: readonly number[] }[];
}

const SLOT_TABLES = new WeakMap<Ruleset, SlotTable>();

function slotTable(ruleset: Ruleset): SlotTable {
  const known = SLOT_TABLES.get(ruleset);
  if (known) return known;
  type Draft = { kind: OutcomeSlot['kind']; obligation?: ObligationId; id: string };
  const key = (s: Draft) => `${s.kind}:${s.obligation ?? ''}:${s.id}`;
  const addsOf = (rule: Rule): Draft[] => {
    const p = rule.produces;
    if (p.kind === 'not-needed') return [];
    if (p.kind === 'finding' || p.kind === 'grey') return [{ kind: p.kind, id: p.id }];
    return [
      { kind: 'obligation', id: p.id },
      ...(p.subItems ?? []).map((id): Draft => ({ kind: 'subItem', obligation: p.id, id })),
      ...(p.codes ?? []).map((id): Draft => ({ kind: 'code', obligation: p.id, id })),
    ];
  };
  const produced = new Set(ruleset.rules.flatMap((rule) => addsOf(rule).map(key)));
  const drafts: Draft[] = [
    ...OBLIGATION_IDS.flatMap((o): Draft[] => [
      { kind: 'obligation', id: o },
      ...B25_ITEMS.map((id): Draft => ({ kind: 'subItem', obligation: o, id })),
      ...OTHER_VATS_CODES.map((id): Draft => ({ kind: 'code', obligation: o, id })),
    ]),
    ...FINDING_IDS.map((id): Draft => ({ kind: 'finding', id })),
    ...GREY_AREA_IDS.map((id): Draft => ({ kind: 'grey', id })),
  ].filter((d) => produced.has(key(d)));
  const index = new Map(drafts.map((d, i) => [key(d), i]));
  const slots = drafts.map((d) =>
    d.obligation === undefined ? d : { ...d, of: index.get(key({ kind: 'obligation', id: d.obligation }))! },
  ) as OutcomeSlot[];
  const table: SlotTable = {
    slots,
    rules: ruleset.rules
      .map((rule) => ({ when: rule.when, adds: addsOf(rule).map((d) => index.get(key(d))!) }))
      .filter((r) => r.adds.length > 0),
  };
  SLOT_TABLES.set(ruleset, table);
  return table;
}

/** Every outcome a ruleset's rules can add, in the order `classify` reports them: what `outcomeMarks` marks. */
export function outcomeSlots(ruleset: Ruleset = CURRENT_RULESET): readonly OutcomeSlot[] {
  return slotTable(ruleset).slots;
}

/**
 * Which of the ruleset's outcome slots `classify` would give these answers (1 where it would), and nothing else: no
 * reasons, citations or next steps. What the what-ifs compare hundreds of answer sets by (lib/assessment/what-if.ts),
 * at a fraction of the cost: each rule that holds marks the outcomes it adds.
 */
export function outcomeMarks(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): Uint8Array {
  const { slots, rules } = slotTable(ruleset);
  const applicable = applicableAnswers(answers, ruleset);
  const on = new Uint8Array(slots.length);
  const holds = evaluator(applicable);
  for (const rule of rules) if (holds(rule.when)) for (const i of rule.adds) on[i] = 1;
  return on;
}

const STRENGTH: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * How sure the result is of an outcome: the confidence of its weakest deciding rule. An obligation that a
 * low-confidence rule helps decide (a sub-item, a grey classification) is never reported as high.
 */
export function outcomeConfidence(outcome: { readonly because: readonly Reason[] }): Confidence {
  return outcome.because.reduce<Confidence>((weakest, r) => (STRENGTH[r.confidence] < STRENGTH[weakest] ? r.confidence : weakest), 'high');
}
