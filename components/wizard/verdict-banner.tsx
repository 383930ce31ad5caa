import type { getTranslations } from '@/lib/i18n/translator';
import type { Verdict, VerdictId } from '@/lib/assessment/verdict';
import { blockedReasons, verdictLabel, verdictWhy } from '@/lib/wizard/verdict-text';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

const TONE: Record<VerdictId, string> = {
  clear: 'border-emerald-700 bg-emerald-50 text-emerald-950',
  unsettled: 'border-amber-600 bg-amber-50 text-amber-950',
  blocked: 'border-red-700 bg-red-50 text-red-950',
};

/** A small verdict label, for a way forward's card. */
export function VerdictTag({ t, id }: { t: Translate; id: VerdictId }) {
  return <span className={`ml-1 inline-block rounded border px-2 py-0.5 text-xs font-semibold ${TONE[id]}`}>{verdictLabel(t, id)}</span>;
}

/**
 * The result's first line: one verdict and why, in plain words. An unsettled one says what would block it (a grey area
 * settled the other way) and, for a "not sure" answer that decides it, what each answer it could stand for leads to.
 */
export function VerdictBanner({ t, verdict }: { t: Translate; verdict: Verdict }) {
  const greyLabel = (id: string) => t(`assessment.greyAreas.${id}.label`);
  return (
    <section aria-labelledby="verdict" className={`mt-4 rounded-lg border-l-8 p-4 ${TONE[verdict.id]}`} data-verdict={verdict.id}>
      <p className="text-sm font-medium uppercase tracking-wide">{t('decision.verdictLabel')}</p>
      <h2 id="verdict" className="mt-1 text-2xl font-bold">
        {verdictLabel(t, verdict.id)}
      </h2>
      <p className="mt-2">{verdictWhy(t, verdict)}</p>
      {(verdict.wouldBlock ?? []).map((block) => (
        <p key={block.grey} className="mt-2" data-would-block={block.grey}>
          {t(verdict.restsOn ? 'decision.verdict.unsettled.restsOn' : 'decision.verdict.unsettled.wouldBlock', {
            area: greyLabel(block.grey),
            reasons: blockedReasons(t, block.findings),
          })}
        </p>
      ))}
      {(verdict.uncertain ?? []).map((u) => (
        <div key={u.question} className="mt-2" data-uncertain={u.question}>
          <p>{t('decision.verdict.unsettled.uncertain', { question: t(`assessment.questions.${u.question}.title`) })}</p>
          <ul className="mt-1 list-disc pl-5">
            {u.readings.map((r) => {
              // A reading that stands for a class of answers (any place outside the pilot) is named as the class.
              const answer = t.has(`decision.readings.${u.question}.${r.value}`)
                ? t(`decision.readings.${u.question}.${r.value}`)
                : t(`assessment.questions.${u.question}.options.${r.value}.label`);
              return (
                <li key={r.value}>
                  {r.verdicts.length === 1
                    ? t('decision.verdict.unsettled.reading', { answer, verdict: verdictLabel(t, r.verdicts[0]!) })
                    : t('decision.verdict.unsettled.readingDepends', { answer })}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
