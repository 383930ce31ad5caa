import type { Condition, NextStep, Question, Rule } from '../types';
import * as v1 from './v1/rules';
import { NEXT_STEPS as V1_STEPS } from './v1/next-steps';
import { QUESTIONS as V1_QUESTIONS } from './v1/questions';
import * as v2 from './v2/rules';
import { NEXT_STEPS as V2_STEPS } from './v2/next-steps';
import { QUESTIONS as V2_QUESTIONS } from './v2/questions';
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
}

export interface NotSure {
  readonly question: string;
  readonly option: string;
  readonly assumed: string;
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
  },
  {
    version: '2',
    released: '2026-12-01',
    questions: V2_QUESTIONS,
    rules: v2.RULES,
    nextSteps: V2_STEPS,
    needsLicence: v2.NEEDS_LICENCE,
    notSure: v2.NOT_SURE,
  },
];

export const CURRENT_RULESET: Ruleset = RULESETS.at(-1)!;

/** The ruleset of a version, or undefined for a version that does not exist. */
export function rulesetFor(version: string): Ruleset | undefined {
  return RULESETS.find((r) => r.version === version);
}
