import type { Verdict, VerdictId } from '@/lib/assessment/verdict';
import type { Translator } from '@/lib/i18n/translator';

/**
 * A verdict's one name, in every place that names it (result, compare, what-ifs, inbox, dashboard, preview image,
 * printout): the message `assessment.verdicts.<id>.label`.
 */
export function verdictLabel(t: Translator, id: VerdictId): string {
  return t(`assessment.verdicts.${id}.label`);
}

/** The one sentence under a verdict that says why, in plain words (the result's banner and its link preview). */
export function verdictWhy(t: Translator, verdict: Verdict): string {
  if (verdict.id === 'blocked')
    return t('decision.verdict.blocked.why', {
      reasons: verdict.reasons.map((r) => t(`decision.blockedReasons.${r}`)).join(t('decision.listSeparator')),
    });
  if (verdict.id === 'unsettled')
    return t('decision.verdict.unsettled.why', {
      areas: verdict.reasons.map((r) => t(`assessment.greyAreas.${r}.label`)).join(t('decision.listSeparator')),
    });
  return t('decision.verdict.clear.why');
}
