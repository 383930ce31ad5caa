import { Link } from '@/components/link';
import type { getTranslations } from 'next-intl/server';
import type { WayForwardView } from '@/lib/views/decision';
import { VerdictTag } from './verdict-banner';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Ways forward shown side by side on the first screens; the rest (further down the table of kinds) one tap away. */
const OPEN_WAYS = 3;

/**
 * The ways forward from a blocked result, side by side: each with its verdict, what it needs, its cost and its links.
 * `expanded` (the printout) shows every way forward at once.
 */
export function WaysForward({
  t,
  ways,
  compareHref,
  expanded = false,
}: {
  t: Translate;
  ways: readonly WayForwardView[];
  /** The compare page of the result and its first ways forward. */
  compareHref?: string | null;
  expanded?: boolean;
}) {
  if (ways.length === 0) return null;
  // A way that takes a feature out names it in its title and what it changes.
  // Each way's plan and its own result, on the first card and on every later line.
  const planAndResult = (way: WayForwardView) => (
    <>
      <Link href={way.planHref} className="text-link font-semibold">
        {t('decision.ways.planLink')}
      </Link>
      <Link href={way.href} className="text-link">
        {t('decision.ways.open')}
      </Link>
    </>
  );
  const feature = (way: WayForwardView) =>
    way.feature ? t(`assessment.questions.${way.feature.question}.options.${way.feature.option}.label`) : '';
  const card = (way: WayForwardView) => (
    <li key={`${way.id}-${way.feature?.option ?? ''}`} className={`way-card${way.risk ? ' border-red-300' : ''}`} data-way={way.id}>
      {way.risk && <p className="badge mb-1 self-start bg-red-100 text-red-900">{t('decision.ways.risk')}</p>}
      <h3 className="font-semibold text-slate-900">
        {t.rich('decision.ways.heading', {
          title: t(`decision.ways.${way.id}.title`, { feature: feature(way) }),
          tag: () => (
            <>
              <span className="sr-only">{t('decision.ways.verdict')}</span>
              <VerdictTag t={t} id={way.verdict} />
            </>
          ),
        })}
      </h3>
      <p className="mt-1">{t(`decision.ways.${way.id}.change`, { feature: feature(way) })}</p>
      <p className="mt-1">
        {t.rich('decision.labelled', {
          label: t('decision.ways.wouldNeed'),
          value:
            way.obligations.length > 0
              ? way.obligations.map((id) => t(`assessment.obligations.${id}.label`)).join(t('decision.listSeparator'))
              : t(way.kind === 'offshore' ? 'decision.ways.offshoreNeeds' : 'decision.ways.nothing'),
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="mt-1">
        {t.rich('decision.labelled', {
          label: t('decision.ways.tradeOff'),
          value: t(`decision.ways.${way.id}.tradeOff`),
          b: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="no-print mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-2">
        {planAndResult(way)}
        <Link href={`${way.guideHref}#${t(`decision.ways.${way.id}.anchors.${way.guide}`)}`} className="text-link">
          {t('decision.ways.guide')}
        </Link>
      </p>
    </li>
  );
  // A later way on the page: its name, verdict and links (its result page, its plan and the printout say the rest).
  const line = (way: WayForwardView) => (
    <li key={`${way.id}-${way.feature?.option ?? ''}`} data-way={way.id} className="rounded-lg border border-slate-300 p-3">
      {way.risk && <span className="badge mr-2 bg-red-100 text-red-900">{t('decision.ways.risk')}</span>}
      <span className="font-semibold text-slate-900">{t(`decision.ways.${way.id}.title`, { feature: feature(way) })}</span>{' '}
      <VerdictTag t={t} id={way.verdict} />
      <span className="mt-1 flex flex-wrap gap-x-4">{planAndResult(way)}</span>
    </li>
  );
  return (
    <section aria-labelledby="ways" className="mt-6">
      <h2 id="ways" className="text-xl font-semibold text-slate-900">
        {t('decision.ways.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {compareHref
          ? // One message, so each language spaces the link as it writes (Chinese: none after 。).
            t.rich('decision.ways.leadCompare', {
              lead: t('decision.ways.lead'),
              label: t('decision.ways.compare'),
              compare: (chunks) => (
                <Link href={compareHref} className="no-print font-semibold text-brand-800 underline">
                  {chunks}
                </Link>
              ),
            })
          : t('decision.ways.lead')}
      </p>
      <ul className="mt-3 grid gap-2 text-sm text-slate-800 sm:grid-cols-2 lg:grid-cols-3">
        {(expanded ? ways : ways.slice(0, OPEN_WAYS)).map(card)}
      </ul>
      {!expanded && ways.length > OPEN_WAYS && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">
            {t('decision.ways.more', { count: ways.length - OPEN_WAYS })}
          </summary>
          <ul className="mt-2 space-y-2 text-sm">{ways.slice(OPEN_WAYS).map(line)}</ul>
        </details>
      )}
    </section>
  );
}
