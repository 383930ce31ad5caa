import { Link } from '@/components/link';
import type { getTranslations } from '@/lib/i18n/translator';
import type { WayForwardView } from '@/lib/wizard/decision';
import { VerdictTag } from './verdict-banner';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Ways forward shown side by side on the first screens; the rest (further down the table of kinds) one tap away. */
const OPEN_WAYS = 3;

/**
 * The ways forward from a blocked result, side by side: each with its verdict, what it needs, its cost and its links.
 * `expanded` (the printout) shows every way forward at once.
 */
export function WaysForward({ t, ways, expanded = false }: { t: Translate; ways: readonly WayForwardView[]; expanded?: boolean }) {
  if (ways.length === 0) return null;
  const card = (way: WayForwardView) => (
    <li key={way.id} className="flex flex-col rounded-lg border border-slate-300 bg-white p-3" data-way={way.id}>
      <h3 className="font-semibold text-slate-900">
        {t.rich('decision.ways.heading', {
          title: t(`decision.ways.${way.id}.title`),
          tag: () => (
            <>
              <span className="sr-only">{t('decision.ways.verdict')}</span>
              <VerdictTag t={t} id={way.verdict} />
            </>
          ),
        })}
      </h3>
      <p className="mt-1 text-sm text-slate-800">{t(`decision.ways.${way.id}.change`)}</p>
      <p className="mt-1 text-sm text-slate-800">
        {t.rich('decision.labelled', {
          label: t('decision.ways.wouldNeed'),
          value:
            way.obligations.length > 0
              ? way.obligations.map((id) => t(`assessment.obligations.${id}.label`)).join(t('decision.listSeparator'))
              : t('decision.ways.nothing'),
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="mt-1 text-sm text-slate-800">
        {t.rich('decision.labelled', {
          label: t('decision.ways.tradeOff'),
          value: t(`decision.ways.${way.id}.tradeOff`),
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="no-print mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-2 text-sm">
        <Link href={way.href} className="font-semibold text-brand-800 underline">
          {t('decision.ways.open')}
        </Link>
        <Link href={`${way.guideHref}#${t(`decision.ways.${way.id}.anchor`)}`} className="text-brand-800 underline">
          {t('decision.ways.guide')}
        </Link>
      </p>
    </li>
  );
  return (
    <section aria-labelledby="ways" className="mt-6">
      <h2 id="ways" className="text-xl font-semibold text-slate-900">
        {t('decision.ways.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('decision.ways.lead')}</p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">{(expanded ? ways : ways.slice(0, OPEN_WAYS)).map(card)}</ul>
      {!expanded && ways.length > OPEN_WAYS && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">
            {t('decision.ways.more', { count: ways.length - OPEN_WAYS })}
          </summary>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">{ways.slice(OPEN_WAYS).map(card)}</ul>
        </details>
      )}
    </section>
  );
}
