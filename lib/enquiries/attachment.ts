import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { resultOfLink } from '@/lib/views/result';
import type { AnsweredItem } from '@/lib/views/step';
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
  const view = resultOfLink(locale, value);
  if (!view) return { kind: 'unreadable' };
  // Stored as a long link's parameters (one per question, lists comma-joined), so `decodeAnswers` reads them back.
  const answers = Object.fromEntries(
    Object.entries(view.answers).map(([id, v]) => [
      id,
      typeof v === 'boolean' ? (v ? 'yes' : 'no') : Array.isArray(v) ? v.join(',') : String(v),
    ]),
  );
  return {
    kind: 'result',
    path: view.href,
    answered: view.answered,
    result: { url: `${getSite().siteUrl}${view.href}`, rulesetVersion: view.version, answers, classification: view.classification },
  };
}
