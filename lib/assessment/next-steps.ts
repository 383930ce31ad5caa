/** The current next steps (see rulesets/). */
export { NEXT_STEPS, PRE_APPROVAL_OBLIGATIONS } from './rulesets/v3/next-steps';
export type { NextStep, NextStepWhen } from './types';
