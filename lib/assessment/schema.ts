// zod/mini, not zod: the question form imports this module, and the browser bundle of classic zod alone is
// larger than the questionnaire's whole byte budget. The server validates with these same schemas.
import * as z from 'zod/mini';
import type { Question } from './types';

// No generated parsers: zod otherwise probes `new Function` when an object schema is built, which the site's
// Content-Security-Policy (no eval) reports as a violation in the browser. The schemas here are tiny.
z.config({ jitless: true });

/**
 * Error messages are message keys (under `wizard.errors` in the UI): required, requiredMulti,
 * invalid-option, exclusive-combined.
 */

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
    default:
      return choice(ids);
  }
}
