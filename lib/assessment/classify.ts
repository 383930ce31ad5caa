import { evaluate, questionsRead } from './condition';
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

  for (const rule of ruleset.rules) {
    if (!evaluate(rule.when, applicable)) continue;
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

/** What a classification holds, without the reasons: the outcome ids, in the same order `classify` gives them. */
export interface OutcomeIds {
  readonly obligations: readonly {
    readonly id: ObligationId;
    readonly subItems: readonly B25Item[];
    readonly codes: readonly OtherVatsCode[];
  }[];
  readonly findings: readonly { readonly id: FindingId }[];
  readonly greyAreas: readonly { readonly id: GreyAreaId }[];
}

/**
 * The outcomes `classify` would give these answers, and nothing else: no reasons, citations or next steps. What the
 * what-ifs compare hundreds of answer sets by (lib/assessment/what-if.ts), at a fraction of the cost.
 */
export function outcomeIds(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): OutcomeIds {
  const applicable = applicableAnswers(answers, ruleset);
  const obligations = new Map<ObligationId, { subItems: Set<B25Item>; codes: Set<OtherVatsCode> }>();
  const findings = new Set<FindingId>();
  const greyAreas = new Set<GreyAreaId>();
  for (const rule of ruleset.rules) {
    const p = rule.produces;
    if (p.kind === 'not-needed' || !evaluate(rule.when, applicable)) continue;
    if (p.kind === 'finding') findings.add(p.id);
    else if (p.kind === 'grey') greyAreas.add(p.id);
    else {
      let parts = obligations.get(p.id);
      if (!parts) obligations.set(p.id, (parts = { subItems: new Set(), codes: new Set() }));
      for (const item of p.subItems ?? []) parts.subItems.add(item);
      for (const code of p.codes ?? []) parts.codes.add(code);
    }
  }
  return {
    obligations: OBLIGATION_IDS.filter((id) => obligations.has(id)).map((id) => {
      const parts = obligations.get(id)!;
      return {
        id,
        subItems: parts.subItems.size === 0 ? [] : B25_ITEMS.filter((i) => parts.subItems.has(i)),
        codes: parts.codes.size === 0 ? [] : OTHER_VATS_CODES.filter((c) => parts.codes.has(c)),
      };
    }),
    findings: findings.size === 0 ? [] : FINDING_IDS.filter((id) => findings.has(id)).map((id) => ({ id })),
    greyAreas: greyAreas.size === 0 ? [] : GREY_AREA_IDS.filter((id) => greyAreas.has(id)).map((id) => ({ id })),
  };
}

const STRENGTH: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/**
 * How sure the result is of an outcome: the confidence of its weakest deciding rule. An obligation that a
 * low-confidence rule helps decide (a sub-item, a grey classification) is never reported as high.
 */
export function outcomeConfidence(outcome: { readonly because: readonly Reason[] }): Confidence {
  return outcome.because.reduce<Confidence>((weakest, r) => (STRENGTH[r.confidence] < STRENGTH[weakest] ? r.confidence : weakest), 'high');
}
