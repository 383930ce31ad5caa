/** The current rules and their named conditions (see rulesets/). */
export * from './rulesets/v3/rules';
