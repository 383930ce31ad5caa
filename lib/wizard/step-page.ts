import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/translator';
import { encodeAnswers } from '@/lib/assessment';
import { resolveLocale } from '@/lib/i18n/page';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo';
import { decodedQuery } from './request';
import { resolveStep, type SearchParams, type StepView } from './step';

type Params = Promise<{ locale: string; question: string }>;

/** What a question page shows, and the query its language switch keeps (the answers, without the form's step field). */
export async function loadStep(params: Params, searchParams: Promise<SearchParams>): Promise<{ view: StepView; query: string }> {
  const locale = await resolveLocale(params);
  const { question } = await params;
  const decoded = await decodedQuery(searchParams);
  return { view: resolveStep(locale, question, decoded, await searchParams), query: encodeAnswers(decoded.answers) };
}

/** A question page's title: the question's, prefixed when an answer was refused (the first thing a screen reader says). */
export async function stepMetadata(locale: Locale, question: string, { view }: { view: StepView }): Promise<Metadata> {
  const t = await getTranslations({ locale });
  const title = t.has(`assessment.questions.${question}.title`) ? t(`assessment.questions.${question}.title`) : t('wizard.startTitle');
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
