export * from './types';
export { QUESTIONS } from './questions';
export { RULES, type RuleId } from './rules';
export { NEXT_STEPS, PRE_APPROVAL_OBLIGATIONS, type NextStep, type NextStepWhen } from './next-steps';
export { evaluate, questionsRead } from './condition';
export { isAsked, askedQuestions, applicableAnswers, nextQuestion, isComplete, getQuestion } from './flow';
export {
  RULESET_VERSION,
  MAX_VALUE_LENGTH,
  ANSWER_ISSUE_CODES,
  encodeAnswers,
  decodeAnswers,
  type AnswerIssue,
  type AnswerIssueCode,
  type DecodeResult,
} from './codec';
export { answerSchemaFor, optionIds } from './schema';
export { classify, outcomeConfidence } from './classify';
export { RULESETS, CURRENT_RULESET, rulesetFor, type Ruleset, type QuestionTable } from './rulesets';
