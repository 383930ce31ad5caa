import type { Verdict, VerdictId } from '@/lib/assessment/verdict';
import type { Translator } from '@/lib/i18n/plain-translator';

/**
 * A verdict's one name, in every place that names it (result, compare, what-ifs, inbox, dashboard, preview image,
 * printout): the message `assessment.verdicts.<id>.label`.
 */
export function verdictLabel(t: Translator, id: VerdictId): string {
  return t(`assessment.verdicts.${id}.label`);
}

/** The blocking findings as one list of fragments (the templates that take them add the full stop). */
export function blockedReasons(t: Translator, findings: readonly string[]): string {
  return findings.map((r) => t(`decision.blockedReasons.${r}`)).join(t('decision.listSeparator'));
}

/** The one sentence under a verdict that says why, in plain words (the result's banner and its link preview). */
export function verdictWhy(t: Translator, verdict: Verdict): string {
  if (verdict.id === 'blocked') return t('decision.verdict.blocked.why', { reasons: blockedReasons(t, verdict.reasons) });
  if (verdict.id === 'unsettled')
    return verdict.reasons.length > 0
      ? t('decision.verdict.unsettled.why', {
          areas: verdict.reasons.map((r) => t(`assessment.greyAreas.${r}.label`)).join(t('decision.listSeparator')),
        })
      : t('decision.verdict.unsettled.whyNotSure');
  return t('decision.verdict.clear.why');
}
