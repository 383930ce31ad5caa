/** The current questionnaire (see rulesets/). Kept as a module of its own: the browser imports it without the rules. */
export { QUESTIONS } from './rulesets/v3/questions';
