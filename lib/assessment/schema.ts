// zod/mini, not zod: the question form imports this module, and the browser bundle of classic zod alone is
// larger than the questionnaire's whole byte budget. The server validates with these same schemas.
import * as z from 'zod/mini';
import { QUESTIONS } from './questions';
import type { Question } from './types';

// No generated parsers: zod otherwise probes `new Function` when an object schema is built, which the site's
// Content-Security-Policy (no eval) reports as a violation in the browser. The schemas here are tiny.
z.config({ jitless: true });

/**
 * Error messages are message keys (under `wizard.errors` in the UI): required, requiredMulti,
 * invalid-option, exclusive-combined, not-a-number, out-of-range.
 */
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** The option ids a question offers (yes and no for a yes/no question). */
export function optionIds(question: Question): string[] {
  return question.kind === 'yesno' ? ['yes', 'no'] : (question.options ?? []).map((o) => o.id);
}

function choice(ids: readonly string[]) {
  return z.string({ error: 'required' }).check(
    z.minLength(1, { error: 'required', abort: true }),
    z.refine((v) => ids.includes(v), { error: 'invalid-option' }),
  );
}

function inRange(question: Question, n: number): boolean {
  return (question.min === undefined || n >= question.min) && (question.max === undefined || n <= question.max);
}

/** The schema of one form step's value as the browser form holds it (strings; an array for multiple choice). */
export function answerSchemaFor(question: Question) {
  const ids = optionIds(question);
  switch (question.kind) {
    case 'multi': {
      const exclusive = new Set((question.options ?? []).filter((o) => o.exclusive).map((o) => o.id));
      return z.array(choice(ids), { error: 'requiredMulti' }).check(
        z.minLength(1, { error: 'requiredMulti', abort: true }),
        z.refine((values) => values.length < 2 || !values.some((v) => exclusive.has(v)), { error: 'exclusive-combined' }),
      );
    }
    case 'number':
      return z.string({ error: 'required' }).check(
        z.minLength(1, { error: 'required', abort: true }),
        z.regex(NUMERIC, { error: 'not-a-number', abort: true }),
        z.refine((v) => inRange(question, Number(v)), { error: 'out-of-range' }),
      );
    default:
      return choice(ids);
  }
}

/** The schema of one answer as the classifier holds it (option id, option ids, boolean, number). */
function answerValueSchema(question: Question) {
  const ids = optionIds(question);
  switch (question.kind) {
    case 'multi': {
      const exclusive = new Set((question.options ?? []).filter((o) => o.exclusive).map((o) => o.id));
      return z.array(z.string().check(z.refine((v) => ids.includes(v), { error: 'invalid-option' })), { error: 'requiredMulti' }).check(
        z.minLength(1, { error: 'requiredMulti', abort: true }),
        z.refine((values) => new Set(values).size === values.length, { error: 'malformed' }),
        z.refine((values) => values.length < 2 || !values.some((v) => exclusive.has(v)), { error: 'exclusive-combined' }),
      );
    }
    case 'yesno':
      return z.boolean({ error: 'invalid-option' });
    case 'number':
      return z.number({ error: 'not-a-number' }).check(
        z.refine((n) => Number.isFinite(n), { error: 'not-a-number', abort: true }),
        z.refine((n) => inRange(question, n), { error: 'out-of-range' }),
      );
    default:
      return z.string({ error: 'invalid-option' }).check(z.refine((v) => ids.includes(v), { error: 'invalid-option' }));
  }
}

/**
 * The whole answers object (e.g. a JSON body), derived from QUESTIONS: every question optional,
 * unknown keys stripped. Whether the answers are complete and applicable is the flow's business.
 */
export const answersSchema = z.object(
  Object.fromEntries((QUESTIONS as readonly Question[]).map((q) => [q.id, z.optional(answerValueSchema(q))])),
);
