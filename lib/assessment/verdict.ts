import { outcomeMarks, outcomeSlots } from './classify';
import { applicableAnswers, nextQuestion } from './flow';
import { CURRENT_RULESET, rulesetFor, type Ruleset } from './rulesets';
import type { Answers, Classification, FindingId, GreyAreaId } from './types';

/** The result's first line (shared/domain/outcomes.md, "Verdicts"). Ids are permanent. */
export const VERDICT_IDS = ['clear', 'unsettled', 'blocked'] as const;
export type VerdictId = (typeof VERDICT_IDS)[number];

/** Findings meaning something the service needs cannot be held by this operator as described. */
export const BLOCKING_FINDINGS: readonly FindingId[] = [
  'foreign-cap-exceeded',
  'foreign-prohibited',
  'no-mainland-entity',
  'not-a-company',
  'personal-filing-scope',
  'rep-office-limits',
  'private-capital-barred',
];

/** What would block an unsettled result, or what a blocked-looking result's block rests on: a grey area read the other way. */
export interface GreyBlock {
  readonly grey: GreyAreaId;
  /** The blocking findings on the side of the grey area that blocks. */
  readonly findings: readonly FindingId[];
  /**
   * The "not sure" answers, read otherwise than assumed, under which alone the block holds (absent: it holds under the
   * answers as assumed). Without them a block found under another reading would read as if it held as answered.
   */
  readonly when?: readonly { readonly question: string; readonly value: string }[];
}

/** One "not sure" answer, and the verdicts of each answer it could stand for. */
export interface UncertainAnswer {
  readonly question: string;
  readonly readings: readonly { readonly value: string; readonly verdicts: readonly VerdictId[] }[];
}

export type Verdict = {
  readonly id: VerdictId;
  /** Ids of what decides it: the blocking findings (blocked), the grey areas (unsettled), none (clear). */
  readonly reasons: readonly string[];
  /**
   * Unsettled because a block holds only on one side of a grey area (`restsOn` true), or unsettled by a grey area that
   * would block read the other way: the grey area and the blocking findings of that side.
   */
  readonly wouldBlock?: readonly GreyBlock[];
  /** True when the result would read as blocked, but each block rests on a grey area (`wouldBlock` names it). */
  readonly restsOn?: boolean;
  /** Unsettled because the "not sure" answers lead to different verdicts: what each reading of each leads to. */
  readonly uncertain?: readonly UncertainAnswer[];
};

type Outcomes = {
  readonly findings: readonly { readonly id: FindingId }[];
  readonly greyAreas: readonly { readonly id: GreyAreaId }[];
};

/** The verdict of a classification on its own: blocked by a blocking finding, else unsettled by any grey area, else clear. */
export function verdictOf(classification: Outcomes): Verdict {
  const blocking = classification.findings.filter((f) => BLOCKING_FINDINGS.includes(f.id)).map((f) => f.id);
  if (blocking.length > 0) return { id: 'blocked', reasons: blocking };
  if (classification.greyAreas.length > 0) return { id: 'unsettled', reasons: classification.greyAreas.map((g) => g.id) };
  return { id: 'clear', reasons: [] };
}

/** At most this many complete readings are judged for one answer set (a few "not sure" answers give a handful). */
const MAX_READINGS = 256;

/** A complete answer set with no "not sure" answer left, and which reading of each "not sure" answer it takes. */
export interface Reading {
  readonly answers: Answers;
  readonly choices: Readonly<Record<string, string>>;
}

/**
 * Every complete answer set these answers could stand for: each "not sure" answer replaced by each of its readings, and
 * each question a reading newly asks answered "not sure" and read the same way. Answers without "not sure" give one.
 */
export function readingsOf(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): Reading[] {
  const notSure = new Map(ruleset.notSure.map((n) => [n.question, n]));
  const done: Reading[] = [];
  let open: Reading[] = [{ answers: applicableAnswers(answers, ruleset), choices: {} }];
  while (open.length > 0 && done.length + open.length <= MAX_READINGS) {
    const next: Reading[] = [];
    for (const reading of open) {
      const missing = nextQuestion(reading.answers, ruleset);
      const unsure = ruleset.questions.find((q) => notSure.get(q.id)?.option === reading.answers[q.id] && notSure.get(q.id)?.readings);
      const question = unsure ?? missing;
      if (!question) {
        done.push(reading);
        continue;
      }
      const entry = notSure.get(question.id);
      // A question newly asked without a "not sure" answer cannot be read without guessing: that reading is left out.
      if (!entry?.readings) continue;
      for (const value of entry.readings) {
        next.push({
          answers: applicableAnswers({ ...reading.answers, [question.id]: value }, ruleset),
          choices: { ...reading.choices, [question.id]: value },
        });
      }
    }
    open = next;
  }
  return done;
}

/** Findings and grey areas only, from outcome marks: what a verdict reads, without reasons or citations. */
function outcomesOf(answers: Answers, ruleset: Ruleset): Outcomes {
  const slots = outcomeSlots(ruleset);
  const marks = outcomeMarks(answers, ruleset);
  const findings: { id: FindingId }[] = [];
  const greyAreas: { id: GreyAreaId }[] = [];
  slots.forEach((slot, i) => {
    if (marks[i] !== 1) return;
    if (slot.kind === 'finding') findings.push({ id: slot.id });
    else if (slot.kind === 'grey') greyAreas.push({ id: slot.id });
  });
  return { findings, greyAreas };
}

/** The plain verdicts of every complete reading of the other side of a grey area. */
function otherSide(answers: Answers, grey: GreyAreaId, ruleset: Ruleset): Verdict[] {
  const read = ruleset.greyReadings?.[grey];
  if (!read) return [];
  return read(answers).flatMap((alt) => readingsOf(alt, ruleset).map((r) => verdictOf(outcomesOf(r.answers, ruleset))));
}

/**
 * The verdict of one complete answer set without "not sure" answers, with its grey areas read both ways: a block that
 * holds only on one side of a grey area makes it unsettled, and an unsettled one says which grey area would block.
 */
function certainVerdict(answers: Answers, ruleset: Ruleset): Verdict {
  const outcomes = outcomesOf(answers, ruleset);
  const plain = verdictOf(outcomes);
  if (plain.id === 'clear') return plain;
  const greys = outcomes.greyAreas.map((g) => g.id);
  if (plain.id === 'blocked') {
    for (const grey of greys) {
      if (otherSide(answers, grey, ruleset).some((v) => v.id !== 'blocked')) {
        return { id: 'unsettled', reasons: greys, restsOn: true, wouldBlock: [{ grey, findings: plain.reasons as FindingId[] }] };
      }
    }
    return plain;
  }
  const wouldBlock: GreyBlock[] = [];
  for (const grey of greys) {
    const blocked = otherSide(answers, grey, ruleset).find((v) => v.id === 'blocked');
    if (blocked) wouldBlock.push({ grey, findings: blocked.reasons as FindingId[] });
  }
  return wouldBlock.length > 0 ? { ...plain, wouldBlock } : plain;
}

const ORDER: Readonly<Record<VerdictId, number>> = { clear: 0, unsettled: 1, blocked: 2 };
const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/**
 * The verdict of a complete answer set under a ruleset. Version 3 on: never more certain than what it rests on: each
 * "not sure" answer is judged under every answer it could stand for, and where they lead to different verdicts the
 * result is unsettled and says what each leads to; a block that rests on a grey area is unsettled (outcomes.md,
 * "Verdicts"). Versions 1 and 2 keep the verdict they were issued with (read from the classification alone).
 */
export function judge(answers: Answers, ruleset: Ruleset = CURRENT_RULESET): Verdict {
  const applicable = applicableAnswers(answers, ruleset);
  if (!ruleset.greyReadings) return verdictOf(outcomesOf(applicable, ruleset));
  const readings = readingsOf(applicable, ruleset);
  if (readings.length <= 1) return certainVerdict(readings[0]?.answers ?? applicable, ruleset);
  const verdicts = readings.map((r) => certainVerdict(r.answers, ruleset));
  const ids = unique(verdicts.map((v) => v.id));
  const wouldBlock = uniqueBlocks(
    verdicts.flatMap((v, i) => {
      const when = departures(readings[i]!.choices, ruleset);
      return (v.wouldBlock ?? []).map((b) => (when.length > 0 ? { ...b, when } : b));
    }),
  );
  if (ids.length === 1) {
    // The block rests on a grey area only if it does under the answers as assumed; under another reading it only might.
    const restsOn = verdicts.some((v, i) => v.restsOn && departures(readings[i]!.choices, ruleset).length === 0);
    return {
      id: ids[0]!,
      reasons: unique(verdicts.flatMap((v) => v.reasons)),
      ...(wouldBlock.length > 0 && { wouldBlock }),
      ...(restsOn && { restsOn: true }),
    };
  }
  // The "not sure" answers the visitor gave, each with what its readings lead to.
  const uncertain: UncertainAnswer[] = ruleset.notSure
    .filter((n) => applicable[n.question] === n.option && n.readings)
    .map((n) => ({
      question: n.question,
      readings: n.readings!.map((value) => ({
        value,
        verdicts: unique(readings.flatMap((r, i) => (r.choices[n.question] === value ? [verdicts[i]!.id] : []))).sort(
          (a, b) => ORDER[a] - ORDER[b],
        ),
      })),
    }))
    .filter((u) => new Set(u.readings.map((r) => r.verdicts.join())).size > 1);
  return {
    id: 'unsettled',
    reasons: unique(verdicts.flatMap((v) => (v.id === 'unsettled' ? v.reasons : []))),
    uncertain,
    ...(wouldBlock.length > 0 && { wouldBlock }),
  };
}

/** A reading's "not sure" answers that it reads otherwise than the rules assume, in question order. */
function departures(choices: Readonly<Record<string, string>>, ruleset: Ruleset): { question: string; value: string }[] {
  return ruleset.notSure.flatMap(({ question, assumed }) => {
    const value = choices[question];
    return value !== undefined && value !== assumed ? [{ question, value }] : [];
  });
}

/** One block per grey area: the one that needs the fewest answers read otherwise (none, if it holds as assumed). */
function uniqueBlocks(blocks: readonly GreyBlock[]): GreyBlock[] {
  const seen = new Map<string, GreyBlock>();
  for (const b of [...blocks].sort((x, y) => (x.when?.length ?? 0) - (y.when?.length ?? 0))) if (!seen.has(b.grey)) seen.set(b.grey, b);
  return [...seen.values()];
}

/** The verdict of a result: its answers judged under the ruleset its classification was made with. */
export function resultVerdict(answers: Answers, classification: Pick<Classification, 'version'>): Verdict {
  return judge(answers, rulesetFor(classification.version) ?? CURRENT_RULESET);
}
