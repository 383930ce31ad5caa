import type { getTranslations } from '@/lib/i18n/translator';
import type { Verdict, VerdictId } from '@/lib/assessment/verdict';
import { verdictLabel, verdictWhy } from '@/lib/wizard/verdict-text';

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

/** The result's first line: one verdict and one sentence saying why, in plain words. */
export function VerdictBanner({ t, verdict }: { t: Translate; verdict: Verdict }) {
  return (
    <section aria-labelledby="verdict" className={`mt-4 rounded-lg border-l-8 p-4 ${TONE[verdict.id]}`} data-verdict={verdict.id}>
      <p className="text-sm font-medium uppercase tracking-wide">{t('decision.verdictLabel')}</p>
      <h2 id="verdict" className="mt-1 text-2xl font-bold">
        {verdictLabel(t, verdict.id)}
      </h2>
      <p className="mt-2">{verdictWhy(t, verdict)}</p>
    </section>
  );
}
