// The current questionnaire alone, apart from the older versions' tables: the browser's question form needs only this
// one, and a module that lists every version would bring them all into its bundle.
import type { Question } from '../types';
import { QUESTIONS } from './v3/questions';

/** A version's questionnaire: what the flow and the codec need. A full Ruleset is one too. */
export interface QuestionTable {
  /** The version, as written in `v` of every answer link. */
  readonly version: string;
  readonly questions: readonly Question[];
}

export const CURRENT_TABLE: QuestionTable = { version: '3', questions: QUESTIONS };
