import type { getTranslations } from '@/lib/i18n/translator';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Neighbouring obligations the questionnaire does not assess; nothing is claimed about them. */
export const NOT_COVERED = ['personal-information', 'mlps', 'advertising', 'ecommerce', 'encryption', 'tax'] as const;

export function NotCovered({ t }: { t: Translate }) {
  return (
    <aside aria-labelledby="not-covered" className="mt-8 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <h2 id="not-covered" className="text-base font-semibold text-slate-900">
        {t('decision.notCovered.title')}
      </h2>
      <details className="mt-1">
        <summary className="cursor-pointer text-slate-700">{t('decision.notCovered.lead')}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          {NOT_COVERED.map((id) => (
            <li key={id}>{t(`decision.notCovered.items.${id}`)}</li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
