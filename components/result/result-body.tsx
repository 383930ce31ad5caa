import { CallToAction } from '@/components/call-to-action';
import { PageHeading } from '@/components/page-heading';
import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { resultLayout, type ResultMode } from '@/lib/views/result-layout';
import type { ResultView } from '@/lib/views/result';
import { ResultReport } from './result-report';
import { Assumptions } from './assumptions';
import { RulesUpdatedBanner } from './rules-updated-banner';
import { Link } from '@/components/link';
import { AnswerDigest, AnswerSummary } from '@/components/questionnaire/answer-summary';
import { ShareActions } from './share-actions';
import { VerdictBanner } from './verdict-banner';
import { WaysForward } from './ways-forward';
import { ResultPlan } from './result-plan';
import { NotCovered, NotCoveredLine } from './not-covered';
import { PrintFoot, PrintHead } from './print-sheet';
import { PrintButton } from './print-button';
import { WhatIfLinks, WhatIfSection } from './what-if';
import { WatchSection } from '@/components/watch/watch-section';

export interface ResultBodyProps {
  locale: Locale;
  view: ResultView;
  /** The result page, or its print view: the same sections from the same views, every one of them open. */
  mode?: ResultMode;
}

/**
 * A result as a decision and a plan: the verdict and what is needed first, then the plan and the ways forward;
 * each item with where to apply and its permit page; the reasons one tap away; a link to what would change it (its
 * what-ifs page); the link to pass on and the hand-over. Its print view holds the same, expanded: every pack, reason, way forward and
 * what-if, with the firm's header, the QR code and every source's address.
 */
export async function ResultBody({ locale, view, mode = 'page' }: ResultBodyProps) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const site = getSite();
  const layout = resultLayout(locale, view, mode);
  const { decision, link } = layout;
  const c = view.classification;
  const print = mode === 'print';
  return (
    <>
      {print && <PrintHead t={t} locale={locale} site={site} screen />}
      {print ? (
        <>
          <div className="no-print mt-4 flex flex-wrap items-center gap-4">
            <PrintButton label={t('decision.print.button')} noScript={t('decision.print.noScript')} />
            <Link href={view.href} className="text-link">
              {t('decision.print.back')}
            </Link>
          </div>
          <PageHeading title={t('result.title')} lead={t('decision.print.lead')} spaced />
        </>
      ) : (
        <>
          <p className="hidden border border-slate-500 p-2 text-sm print:block">
            {t('decision.print.shortVersion', { link: `${site.siteUrl}${layout.printHref}` })}
          </p>
          <PageHeading title={t('result.title')} />
        </>
      )}
      {view.update && (
        <RulesUpdatedBanner
          locale={locale}
          update={view.update.rules}
          currentHref={view.update.currentHref}
          changelogHref={view.update.changelogHref}
        />
      )}
      <VerdictBanner
        t={t}
        verdict={decision.verdict}
        blockers={decision.blockers}
        pilotBlockers={decision.pilotBlockers}
        blockingRules={decision.blockingRules}
      />
      <section aria-labelledby="glance" className="mt-4">
        <h2 id="glance" className="text-lg font-semibold">
          {t(decision.verdict.id === 'blocked' ? 'decision.glanceTitleBlocked' : 'decision.glanceTitle')}
        </h2>
        {c.obligations.length > 0 ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {c.obligations.map((o) => (
              <li key={o.id}>
                <a href={`#need-${o.id}`} className="text-link">
                  {t(`assessment.obligations.${o.id}.label`)}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">{t('decision.glanceNone')}</p>
        )}
      </section>
      <ResultPlan t={t} plan={decision.plan} planHref={print ? null : layout.planHref} />
      <WaysForward t={t} ways={decision.ways} compareHref={decision.compareHref} expanded={print} />
      <ResultReport
        locale={locale}
        classification={c}
        answers={view.answers}
        expanded={print}
        blocked={decision.verdict.id === 'blocked'}
      />
      <Assumptions locale={locale} assumptions={view.assumptions} expanded={print} />
      {layout.whatIfs ? (
        <WhatIfSection locale={locale} answers={view.answers} view={layout.whatIfs} />
      ) : (
        <WhatIfLinks t={t} whatIfsHref={layout.whatIfsHref} feedHref={layout.feedHref} blocked={decision.verdict.id === 'blocked'} />
      )}
      {print ? <NotCovered t={t} locale={locale} /> : <NotCoveredLine t={t} locale={locale} />}
      <p className="mt-6 text-sm text-slate-600">{t('result.disclaimer')}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('result.printedOn', { date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }), version: c.version })}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={view.versionHref} className="text-link">
          {t('result.rulesVersion', { version: view.version })}
        </Link>
      </p>
      {print ? (
        <AnswerSummary locale={locale} answered={view.answered} />
      ) : (
        <>
          <p className="no-print mt-3 text-sm text-slate-700">
            {t.rich('result.linkLine', {
              link,
              url: (chunks) => (
                <a href={view.href} className="font-mono break-all text-brand-800 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p className="no-print mt-4">
            <a href={`${layout.printHref}#print`} className="btn-secondary">
              {t('decision.print.open')}
            </a>
          </p>
          <ShareActions
            href={link}
            title={t('result.pageTitle')}
            labels={{
              copy: t('result.copyLink'),
              copied: t('result.copied'),
              copyFailed: t('result.copyFailed'),
              share: t('result.share'),
            }}
          />
          <WatchSection locale={locale} view={view} />
          <CallToAction
            id="consult"
            tone="strong"
            title={t('result.consultTitle')}
            lead={t('result.consultLead')}
            href={`${localePath(locale, '/enquiry')}?result=${encodeURIComponent(view.href)}`}
            label={t('result.consultCta')}
          />
          <details className="no-print mt-6">
            <summary className="cursor-pointer font-semibold">{t('decision.details.answersTitle')}</summary>
            <AnswerDigest locale={locale} answered={view.answered} />
          </details>
        </>
      )}
      {print && <PrintFoot t={t} locale={locale} site={site} link={link} classification={c} screen />}
    </>
  );
}
