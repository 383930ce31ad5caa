import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { messageMetadata } from '@/lib/seo';
import { resolveResult } from '@/lib/wizard/result';
import { toQueryString } from '@/lib/wizard/query';
import type { SearchParams } from '@/lib/wizard/step';
import { PageShell } from '@/components/page-shell';
import { ResultReport } from '@/components/wizard/result-report';
import { AnswerSummary } from '@/components/wizard/answer-summary';
import { InvalidAnswers } from '@/components/wizard/invalid-answers';
import { ShareActions } from '@/components/wizard/share-actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/assessment/result', 'result.pageTitle', 'result.lead', true);
}

export default async function ResultPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale });
  const view = resolveResult(locale, query);
  return (
    <PageShell locale={locale} path="/assessment/result" query={toQueryString(query)}>
      {view.kind === 'invalid' && <InvalidAnswers locale={locale} view={view} />}
      {view.kind === 'incomplete' && (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('result.invalidTitle')}</h1>
          <p role="alert" className="mt-4 text-lg text-slate-700">
            {t('result.incompleteIssue', { question: t(`assessment.questions.${view.missing.id}.title`) })}
          </p>
          <Link href={view.continueHref} className="btn-primary mt-6">
            {t('result.continueAssessment')}
          </Link>
          <AnswerSummary locale={locale} answered={view.answered} />
        </>
      )}
      {view.kind === 'outdated' && (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('result.outdatedTitle')}</h1>
          <p className="mt-4 text-lg text-slate-700">{t('result.outdatedLead')}</p>
          <Link href={view.recheckHref} className="btn-primary mt-6">
            {t('result.recheck')}
          </Link>
          <AnswerSummary locale={locale} answered={view.answered} />
        </>
      )}
      {view.kind === 'result' && (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('result.title')}</h1>
          <p className="mt-4 text-lg text-slate-700">{t('result.lead')}</p>
          <p className="mt-2 text-sm text-slate-600">{t('result.disclaimer')}</p>
          <ShareActions
            href={view.href}
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
          <section aria-labelledby="consult" className="no-print mt-10 rounded-lg bg-brand-800 p-6 text-white">
            <h2 id="consult" className="text-2xl font-semibold">
              {t('result.consultTitle')}
            </h2>
            <p className="mt-2 text-brand-50">{t('result.consultLead')}</p>
            <Link
              href={`${localePath(locale, '/enquiry')}?result=${encodeURIComponent(view.href)}`}
              className="mt-4 inline-flex rounded-md bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-50"
            >
              {t('result.consultCta')}
            </Link>
          </section>
          <AnswerSummary locale={locale} answered={view.answered} />
        </>
      )}
    </PageShell>
  );
}
