import { noChanges, type Changes } from '@/lib/assessment/compare';
import { changelogAnchor } from '@/lib/assessment/changelog';
import { resultVerdict, type VerdictId } from '@/lib/assessment/verdict';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resolveResultCode } from '@/lib/views/result';
import { resultCode } from '@/lib/addresses/result-link';

/**
 * What the current rules change for a result, read exactly as the result page's banner and the JSON API read it
 * (`resolveResultCode` → `rulesUpdate` in lib/assessment/updates.ts): the differences item by item, and the judged
 * verdict before and after. Nothing here names a question: the rules decide.
 */
export type ResultChange = {
  /** The result compared: the code as issued (or as last sent). */
  fromCode: string;
  fromVersion: string;
  toVersion: string;
  /** The current version's release date, YYYY-MM-DD. */
  released: string;
  /** Null when the current rules ask a question these answers do not answer (nothing can be compared yet). */
  changes: Changes | null;
  /** Set when the judged verdict differs. */
  verdict: { from: VerdictId; to: VerdictId } | null;
  /** The same answers' code under the current rules; null while a question waits for an answer. */
  currentCode: string | null;
  /** Where the subscriber goes next: the current result, or the question to answer. */
  currentHref: string;
  changelogHref: string;
  /** True when anything differs for this result: only then is a notice sent. */
  changed: boolean;
};

/** The current rules against a result code of an older version; null for a code of the current version or one that does not read. */
export function changeFor(locale: Locale, code: string): ResultChange | null {
  const view = resolveResultCode(locale, code);
  if (view.kind !== 'result' || !view.update) return null;
  const { rules, currentHref, changelogHref } = view.update;
  const before = resultVerdict(view.answers, rules.asIssued).id;
  const after = rules.current ? resultVerdict(rules.carried, rules.current).id : null;
  const verdict = after !== null && after !== before ? { from: before, to: after } : null;
  return {
    fromCode: code,
    fromVersion: rules.from.version,
    toVersion: rules.to.version,
    released: rules.to.released,
    changes: rules.changes,
    verdict,
    currentCode: rules.current ? resultCode(rules.carried) : null,
    currentHref,
    changelogHref,
    changed: rules.changes === null || !noChanges(rules.changes) || verdict !== null,
  };
}

/** The changelog entry of a version, for a result of the current version (no change to show). */
export function changelogHref(locale: Locale, version: string): string {
  return `${localePath(locale, '/changelog')}#${changelogAnchor(version)}`;
}
