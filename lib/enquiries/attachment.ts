import { encodeAnswers, RULESET_VERSION } from '@/lib/assessment';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { resolveResult } from '@/lib/wizard/result';
import type { AnsweredItem } from '@/lib/wizard/step';
import { parseResultLink } from '@/lib/wizard/urls';
import type { AttachedResult } from './types';

export type Attachment =
  | { kind: 'none' }
  /** A `result` parameter was given but is not a result that can be shown; nothing is attached. */
  | { kind: 'unreadable' }
  | { kind: 'result'; path: string; result: AttachedResult; answered: readonly AnsweredItem[] };

/**
 * What an enquiry form carries from the result page that opened it: read from the `result` parameter (a
 * result path), checked like the result page checks it, so only a result the visitor could see is sent.
 */
export function attachmentFor(locale: Locale, value: unknown): Attachment {
  if (value === undefined || value === null || value === '') return { kind: 'none' };
  const path = parseResultLink(locale, value);
  if (!path) return { kind: 'unreadable' };
  const query = new URLSearchParams(path.slice(path.indexOf('?') + 1));
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    params[key] = values.length === 1 ? values[0]! : values;
  }
  const view = resolveResult(locale, params);
  if (view.kind !== 'result') return { kind: 'unreadable' };
  // Stored as the canonical link's own parameters (one per question, lists comma-joined), so `decodeAnswers`
  // reads them back as the result page does.
  const answers: Record<string, string> = Object.fromEntries(new URLSearchParams(encodeAnswers(view.answers)));
  delete answers.v;
  return {
    kind: 'result',
    path: view.href,
    answered: view.answered,
    result: { url: `${getSite().siteUrl}${view.href}`, rulesetVersion: RULESET_VERSION, answers, classification: view.classification },
  };
}
