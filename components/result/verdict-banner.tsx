import type { getTranslations } from 'next-intl/server';
import type { Verdict, VerdictId } from '@/lib/assessment/verdict';
import type { Feature } from '@/lib/assessment/ways-forward';
import { readingLabel, verdictLabel, verdictWhy, wouldBlockLine } from '@/lib/views/verdict-text';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** The verdict's colours: `.tone-<id>` in app/globals.css. */
const TONE: Record<VerdictId, string> = { clear: 'tone-clear', unsettled: 'tone-unsettled', blocked: 'tone-blocked' };

/** A small verdict label, for a way forward's card. */
export function VerdictTag({ t, id }: { t: Translate; id: VerdictId }) {
  return <span className={`verdict-tag ${TONE[id]}`}>{verdictLabel(t, id)}</span>;
}

/**
 * The result's first line: one verdict and why, in plain words. An unsettled one says what would block it (a grey area
 * settled the other way) and, for a "not sure" answer that decides it, what each answer it could stand for leads to.
 */
export function VerdictBanner({
  t,
  verdict,
  blockers = [],
  pilotBlockers = [],
  blockingRules = [],
}: {
  t: Translate;
  verdict: Verdict;
  /** The features that alone block it (a blocked result), and the rules that decided the block. */
  blockers?: readonly Feature[];
  /** The features that block it in a pilot area (where the pilot opens the rest). */
  pilotBlockers?: readonly Feature[];
  blockingRules?: readonly string[];
}) {
  const features = (list: readonly Feature[]) =>
    list.map((f) => t(`assessment.questions.${f.question}.options.${f.option}.label`)).join(t('decision.listSeparator'));
  return (
    <section aria-labelledby="verdict" className={`mt-4 rounded-lg border-l-8 p-4 ${TONE[verdict.id]}`} data-verdict={verdict.id}>
      <p className="text-sm font-medium uppercase tracking-wide">{t('decision.verdictLabel')}</p>
      <h2 id="verdict" className="mt-1 text-2xl font-bold">
        {verdictLabel(t, verdict.id)}
      </h2>
      <p className="mt-2">{verdictWhy(t, verdict)}</p>
      {verdict.id === 'blocked' && blockers.length > 0 && (
        <p className="mt-2" data-blockers>
          {t('decision.verdict.blocked.feature', { features: features(blockers) })}
        </p>
      )}
      {verdict.id === 'blocked' && pilotBlockers.length > 0 && (
        <p className="mt-2" data-pilot-blockers>
          {t('decision.verdict.blocked.featureInPilot', { features: features(pilotBlockers) })}
        </p>
      )}
      {blockingRules.map((id) => (
        <p key={id} className="mt-1 text-sm">
          {t(`assessment.rules.${id}`)}
        </p>
      ))}
      {(verdict.wouldBlock ?? []).map((block) => (
        <p key={block.grey} className="mt-2" data-would-block={block.grey}>
          {wouldBlockLine(t, verdict, block)}
        </p>
      ))}
      {(verdict.uncertain ?? []).map((u) => (
        <div key={u.question} className="mt-2" data-uncertain={u.question}>
          <p>{t('decision.verdict.unsettled.uncertain', { question: t(`assessment.questions.${u.question}.title`) })}</p>
          <ul className="mt-1 list-disc pl-5">
            {u.readings.map((r) => {
              const answer = readingLabel(t, u.question, r.value);
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
