/** The current next steps (see rulesets/). */
export { NEXT_STEPS, PRE_APPROVAL_OBLIGATIONS } from './rulesets/v2/next-steps';
export type { NextStep, NextStepWhen } from './types';
