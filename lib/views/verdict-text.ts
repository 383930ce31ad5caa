import type { GreyBlock, Verdict, VerdictId } from '@/lib/assessment/verdict';
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

/** An answer a "not sure" could stand for, in words: a class of answers (any place outside the pilot) is named as the class. */
export function readingLabel(t: Translator, question: string, value: string): string {
  return t.has(`decision.readings.${question}.${value}`)
    ? t(`decision.readings.${question}.${value}`)
    : t(`assessment.questions.${question}.options.${value}.label`);
}

/**
 * The sentence that says what would block an unsettled result (the banner and the alerts' e-mails): the grey area
 * and, where the block holds only if a "not sure" answer is something other than what was assumed, that answer too.
 */
export function wouldBlockLine(t: Translator, verdict: Verdict, block: GreyBlock): string {
  const area = t(`assessment.greyAreas.${block.grey}.label`);
  const reasons = blockedReasons(t, block.findings);
  if (block.when?.length) {
    const answers = block.when
      .map(({ question, value }) =>
        t('decision.verdict.unsettled.wouldBlockAnswer', {
          question: t(`assessment.questions.${question}.title`),
          answer: readingLabel(t, question, value),
        }),
      )
      .join(t('decision.listSeparator'));
    return t('decision.verdict.unsettled.wouldBlockIf', { area, answers, reasons });
  }
  return t(verdict.restsOn ? 'decision.verdict.unsettled.restsOn' : 'decision.verdict.unsettled.wouldBlock', { area, reasons });
}
