// The question tables of every ruleset version, without the rules: the browser's question form and the
// codec need only these, and must not pull the rules into the bundle. rulesets/index.ts adds the rules.
import { CURRENT_TABLE, type QuestionTable } from './current-table';
import { QUESTIONS as V1 } from './v1/questions';
import { QUESTIONS as V2 } from './v2/questions';

export { CURRENT_TABLE, type QuestionTable };

/** Every version ever released, oldest first. Never remove one: links carry their version. */
export const QUESTION_TABLES: readonly QuestionTable[] = [{ version: '1', questions: V1 }, { version: '2', questions: V2 }, CURRENT_TABLE];

/** The question table of a version, or undefined for a version that does not exist. */
export function questionTableFor(version: string): QuestionTable | undefined {
  return QUESTION_TABLES.find((t) => t.version === version);
}
