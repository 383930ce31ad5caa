import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { pageMetadata } from '@/lib/seo';
import { resolveStep, STEP_FIELD, type SearchParams } from '@/lib/wizard/step';
import { toQueryString } from '@/lib/wizard/query';
import { PageShell } from '@/components/page-shell';
import { QuestionStep } from '@/components/wizard/question-step';
import { InvalidAnswers } from '@/components/wizard/invalid-answers';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; question: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { question } = await params;
  const t = await getTranslations({ locale });
  const title = t.has(`assessment.questions.${question}.title`) ? t(`assessment.questions.${question}.title`) : t('wizard.startTitle');
  // A refused answer shows in the title too, the first thing a screen reader announces on the new page.
  const view = resolveStep(locale, question, await searchParams);
  const prefix = view.kind === 'question' && view.error ? t('wizard.errorTitlePrefix') : '';
  return pageMetadata({
    locale,
    path: `/assessment/q/${question}`,
    title: prefix + t('wizard.pageTitleQuestion', { question: title }),
    description: t('wizard.startLead'),
    siteName: t('meta.siteName'),
    noindex: true,
  });
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { question } = await params;
  const query = await searchParams;
  const view = resolveStep(locale, question, query);
  // The proxy has already set status 404; notFound() here would stream an empty shell to browsers without JavaScript.
  if (view.kind === 'not-found') {
    return (
      <PageShell locale={locale} path="/assessment">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  }
  if (view.kind === 'redirect') redirect(view.to);
  return (
    <PageShell locale={locale} path={`/assessment/q/${question}`} query={toQueryString(query, [STEP_FIELD])}>
      {view.kind === 'invalid' ? (
        <InvalidAnswers locale={locale} view={view} />
      ) : (
        <QuestionStep locale={locale} view={view} action={localePath(locale, `/assessment/q/${question}`)} />
      )}
    </PageShell>
  );
}
