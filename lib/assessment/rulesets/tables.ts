// The question tables of every ruleset version, without the rules: the browser's question form and the
// codec need only these, and must not pull the rules into the bundle. rulesets/index.ts adds the rules.
import type { Question } from '../types';
import { QUESTIONS as V1 } from './v1/questions';
import { QUESTIONS as V2 } from './v2/questions';
import { QUESTIONS as V3 } from './v3/questions';

/** A version's questionnaire: what the flow and the codec need. A full Ruleset is one too. */
export interface QuestionTable {
  /** The version, as written in `v` of every answer link. */
  readonly version: string;
  readonly questions: readonly Question[];
}

/** Every version ever released, oldest first. Never remove one: links carry their version. */
export const QUESTION_TABLES: readonly QuestionTable[] = [
  { version: '1', questions: V1 },
  { version: '2', questions: V2 },
  { version: '3', questions: V3 },
];

export const CURRENT_TABLE: QuestionTable = QUESTION_TABLES.at(-1)!;

/** The question table of a version, or undefined for a version that does not exist. */
export function questionTableFor(version: string): QuestionTable | undefined {
  return QUESTION_TABLES.find((t) => t.version === version);
}
