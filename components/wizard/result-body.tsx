import { CallToAction } from '@/components/call-to-action';
import { PageHeading } from '@/components/page-heading';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { ResultView } from '@/lib/wizard/result';
import { ResultReport } from './result-report';
import { Assumptions } from './assumptions';
import { RulesUpdatedBanner } from './rules-updated-banner';
import { Link } from '@/components/link';
import { AnswerSummary } from './answer-summary';
import { ShareActions } from './share-actions';
import { WhatIfSection } from './what-if';

export interface ResultBodyProps {
  locale: Locale;
  view: ResultView;
}

/** A result: what applies, why and on what authority, the link to pass on, and the hand-over to a consultant. */
export async function ResultBody({ locale, view }: ResultBodyProps) {
  const t = await getTranslations({ locale });
  const link = `${getSite().siteUrl}${view.href}`;
  return (
    <>
      <PageHeading title={t('result.title')} lead={t('result.lead')} />
      {view.update && (
        <RulesUpdatedBanner
          locale={locale}
          update={view.update.rules}
          currentHref={view.update.currentHref}
          changelogHref={view.update.changelogHref}
        />
      )}
      <p className="mt-2 text-sm text-slate-600">{t('result.disclaimer')}</p>
      <p className="mt-3 text-sm text-slate-700">
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
      <ResultReport locale={locale} classification={view.classification} answers={view.answers} />
      <WhatIfSection locale={locale} answers={view.answers} code={view.code} version={view.version} />
      <Assumptions locale={locale} assumptions={view.assumptions} />
      <p className="mt-6 text-sm text-slate-600">
        <Link href={view.versionHref} className="text-brand-800 underline">
          {t('result.rulesVersion', { version: view.version })}
        </Link>
      </p>
      <CallToAction
        id="consult"
        tone="strong"
        title={t('result.consultTitle')}
        lead={t('result.consultLead')}
        href={`${localePath(locale, '/enquiry')}?result=${encodeURIComponent(view.href)}`}
        label={t('result.consultCta')}
      />
      <AnswerSummary locale={locale} answered={view.answered} />
    </>
  );
}
