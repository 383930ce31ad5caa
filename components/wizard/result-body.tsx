import type { ReactNode } from 'react';
import { CallToAction } from '@/components/call-to-action';
import { PageHeading } from '@/components/page-heading';
import { getFormatter } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/translator';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { decisionOf } from '@/lib/wizard/decision';
import type { ResultView } from '@/lib/wizard/result';
import { ResultReport } from './result-report';
import { Assumptions } from './assumptions';
import { RulesUpdatedBanner } from './rules-updated-banner';
import { Link } from '@/components/link';
import { AnswerSummary } from './answer-summary';
import { ShareActions } from './share-actions';
import { VerdictBanner } from './verdict-banner';
import { WaysForward } from './ways-forward';
import { ResultPlan } from './result-plan';
import { NotCovered } from './not-covered';
import { PrintFoot, PrintHead } from './print-sheet';
import { WhatIfSection } from './what-if';
import { WatchSection } from '@/components/watch/watch-section';

export interface ResultBodyProps {
  locale: Locale;
  view: ResultView;
  /** A further section after the plan and the details (e.g. "what would change my result"), before the hand-over. */
  extra?: ReactNode;
}

/** The calendar file of a result page. */
export function calendarHref(href: string): string {
  return `${href}/calendar.ics`;
}

/**
 * A result as a decision and a plan: the verdict and what is needed first, then the plan and the ways forward
 * (when blocked); each item's details, reasons and citations one tap away; the link to pass on and the hand-over.
 */
export async function ResultBody({ locale, view, extra }: ResultBodyProps) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const site = getSite();
  const link = `${site.siteUrl}${view.href}`;
  const c = view.classification;
  const decision = decisionOf(locale, view.answers, c);
  const blocked = decision.verdict.id === 'blocked';
  return (
    <>
      <PrintHead t={t} locale={locale} site={site} />
      <PageHeading title={t('result.title')} />
      {view.update && (
        <RulesUpdatedBanner
          locale={locale}
          update={view.update.rules}
          currentHref={view.update.currentHref}
          changelogHref={view.update.changelogHref}
        />
      )}
      <VerdictBanner t={t} verdict={decision.verdict} />
      <section aria-labelledby="glance" className="mt-4">
        <h2 id="glance" className="text-lg font-semibold text-slate-900">
          {t(blocked ? 'decision.glanceTitleBlocked' : 'decision.glanceTitle')}
        </h2>
        {c.obligations.length > 0 ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {c.obligations.map((o) => (
              <li key={o.id}>
                <a href={`#need-${o.id}`} className="text-brand-800 underline">
                  {t(`assessment.obligations.${o.id}.label`)}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">{t('decision.glanceNone')}</p>
        )}
      </section>
      <ResultPlan t={t} plan={decision.plan} calendarHref={calendarHref(view.href)} />
      <WaysForward t={t} ways={decision.ways} />
      <ResultReport locale={locale} classification={c} answers={view.answers} />
      <Assumptions locale={locale} assumptions={view.assumptions} />
      <WhatIfSection locale={locale} answers={view.answers} code={view.code} version={view.version} />
      <NotCovered t={t} />
      {extra}
      <p className="mt-6 text-sm text-slate-600">{t('result.disclaimer')}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('result.printedOn', { date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }), version: c.version })}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={view.versionHref} className="text-brand-800 underline">
          {t('result.rulesVersion', { version: view.version })}
        </Link>
      </p>
      <p className="no-print mt-3 text-sm text-slate-700">
        {t('result.linkLabel')}{' '}
        <a href={view.href} className="font-mono break-all text-brand-800 underline">
          {link}
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
          print: t('result.print'),
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
        <summary className="cursor-pointer font-semibold text-slate-900">{t('decision.details.answersTitle')}</summary>
        <AnswerSummary locale={locale} answered={view.answered} />
      </details>
      <PrintFoot t={t} locale={locale} site={site} link={link} classification={c} />
    </>
  );
}
