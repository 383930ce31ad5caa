import type { Answers, Classification, Condition, GreyAreaId, NextStep, Question, Rule } from '../types';
import type { Authorities } from './authority';
import * as v1 from './v1/rules';
import { NEXT_STEPS as V1_STEPS } from './v1/next-steps';
import { QUESTIONS as V1_QUESTIONS } from './v1/questions';
import * as v2 from './v2/rules';
import { NEXT_STEPS as V2_STEPS } from './v2/next-steps';
import { QUESTIONS as V2_QUESTIONS } from './v2/questions';
import * as v3 from './v3/rules';
import { NEXT_STEPS as V3_STEPS } from './v3/next-steps';
import { QUESTIONS as V3_QUESTIONS } from './v3/questions';
import { GREY_READINGS as V3_GREY_READINGS } from './v3/readings';
import { WAYS_FORWARD as V2_WAYS } from './v2/ways-forward';
import { WAYS_FORWARD as V3_WAYS } from './v3/ways-forward';
import { authorities as v3Authorities } from './v3/authority';
import type { WayForwardTable } from './ways-forward-table';
import type { QuestionTable } from './tables';

export type { QuestionTable } from './tables';

/**
 * One released version of the questionnaire, the rules and the next steps. A released version is frozen:
 * its files never change, so every link issued under it classifies as it was issued (see README).
 */
export interface Ruleset extends QuestionTable {
  readonly version: string;
  /** ISO date the version was released. */
  readonly released: string;
  readonly questions: readonly Question[];
  readonly rules: readonly Rule[];
  readonly nextSteps: readonly NextStep[];
  /** The condition under which some telecom licence is needed; the `regions` question's `when` agrees with it. */
  readonly needsLicence: Condition;
  /** "Not sure" answers and the answer the rules read each as (the result states the assumption). */
  readonly notSure: readonly NotSure[];
  /**
   * From version 3: the other side of each grey area, as answers. With it, the verdict is judged under every reading of
   * each "not sure" answer (`NotSure.readings`) and of each grey area (lib/assessment/verdict.ts `judge`); without it (versions
   * 1 and 2, as issued) the verdict is read from the classification alone.
   */
  readonly greyReadings?: Readonly<Partial<Record<GreyAreaId, (answers: Answers) => readonly Answers[]>>>;
  /** The ways forward from a blocked result (lib/assessment/ways-forward.ts), in the order they are offered. */
  readonly waysForward?: WayForwardTable;
  /**
   * How answers of the versions before are read under this one where an option was replaced by one of the same meaning:
   * question → old option → the new answers it stands for (lib/assessment/updates.ts `carryAnswers`).
   */
  readonly carries?: Readonly<Record<string, Readonly<Record<string, Answers>>>>;
  /** Who decides this result's licences and filings, where the version asks where the company is (version 3 on). */
  readonly authorities?: (answers: Answers, classification: Pick<Classification, 'obligations'>) => Authorities;
}

export interface NotSure {
  readonly question: string;
  readonly option: string;
  readonly assumed: string;
  /** Every answer it could stand for (version 3 on): the verdict is judged under each. */
  readonly readings?: readonly string[];
}

/** Every version ever released, oldest first. */
export const RULESETS: readonly Ruleset[] = [
  {
    version: '1',
    released: '2026-11-29',
    questions: V1_QUESTIONS,
    rules: v1.RULES,
    nextSteps: V1_STEPS,
    needsLicence: v1.NEEDS_LICENCE,
    notSure: [],
    waysForward: V2_WAYS,
  },
  {
    version: '2',
    released: '2026-12-01',
    questions: V2_QUESTIONS,
    rules: v2.RULES,
    nextSteps: V2_STEPS,
    needsLicence: v2.NEEDS_LICENCE,
    notSure: v2.NOT_SURE,
    waysForward: V2_WAYS,
  },
  {
    version: '3',
    released: '2026-12-07',
    questions: V3_QUESTIONS,
    rules: v3.RULES,
    nextSteps: V3_STEPS,
    needsLicence: v3.NEEDS_LICENCE,
    notSure: v3.NOT_SURE,
    greyReadings: V3_GREY_READINGS,
    waysForward: V3_WAYS,
    authorities: v3Authorities,
    carries: v3.CARRIES,
  },
];

export const CURRENT_RULESET: Ruleset = RULESETS.at(-1)!;

/** The ruleset of a version, or undefined for a version that does not exist. */
export function rulesetFor(version: string): Ruleset | undefined {
  return RULESETS.find((r) => r.version === version);
}
