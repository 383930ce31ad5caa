import { getTranslations } from 'next-intl/server';
import type { Triage } from '@/lib/inbox/triage';
import type { Locale } from '@/lib/i18n/routing';

const TONE = {
  blocked: 'bg-red-100 text-red-900',
  unsettled: 'bg-amber-100 text-amber-900',
  clear: 'bg-emerald-100 text-emerald-900',
  none: 'bg-slate-100 text-slate-800',
  'not-stored': 'bg-slate-100 text-slate-800',
} as const;

/** The queue's triage mark: "blocked: foreign cap exceeded", "2 unsettled points", "clear", or why there is none. */
export async function TriageMark({ locale, triage }: { locale: Locale; triage: Triage }) {
  const t = await getTranslations({ locale });
  const label =
    triage.id === 'blocked'
      ? t('inbox.blockedBy', {
          verdict: t('assessment.verdicts.blocked.label'),
          reasons: triage.reasons.map((id) => t(`assessment.findings.${id}.label` as never)).join(t('wizard.listSeparator')),
        })
      : triage.id === 'unsettled' && triage.reasons.length > 0
        ? t('inbox.unsettledPoints', { count: triage.reasons.length })
        : triage.id === 'unsettled'
          ? t('assessment.verdicts.unsettled.label')
          : triage.id === 'clear'
            ? t('assessment.verdicts.clear.label')
            : t(`inbox.triages.${triage.id}`);
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE[triage.id]}`}>{label}</span>;
}
