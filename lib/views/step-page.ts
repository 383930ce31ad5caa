import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { encodeAnswers } from '@/lib/assessment';
import { pageAddress } from '@/lib/addresses/page-address';
import { resolveLocale } from '@/lib/i18n/page';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo';
import { stepView, type SearchParams, type StepView } from './step';

type Params = Promise<{ locale: string; question: string }>;
type CodeParams = Promise<{ locale: string; question: string; code: string }>;

/**
 * What a question's query form shows (the proxy lets only its 400s through: a refused answer, or answers that cannot
 * be read), and the query its language switch keeps (the answers, without the form's step field).
 */
export async function loadStep(params: Params, searchParams: Promise<SearchParams>): Promise<{ view: StepView; query: string }> {
  const locale = await resolveLocale(params);
  const { question } = await params;
  const raw = await searchParams;
  const address = pageAddress(locale, `/assessment/q/${question}`, raw);
  const view = stepView(locale, question, address, raw);
  return { view, query: address?.kind === 'question-form' ? encodeAnswers(address.decoded.answers) : '' };
}

/** What a question page at its canonical address `/<locale>/assessment/q/<question>/<code>` shows: its path alone decides. */
export async function loadStepAddress(params: CodeParams): Promise<{ locale: Locale; question: string; code: string; view: StepView }> {
  const locale = await resolveLocale(params);
  const { question, code } = await params;
  return { locale, question, code, view: stepView(locale, question, pageAddress(locale, `/assessment/q/${question}/${code}`)) };
}

/** A question page's title: the question's, prefixed when an answer was refused (the first thing a screen reader says). */
export async function stepMetadata(
  locale: Locale,
  question: string,
  { view }: { view: StepView },
  path = `/assessment/q/${question}`,
): Promise<Metadata> {
  const t = await getTranslations({ locale });
  const title = t.has(`assessment.questions.${question}.title`) ? t(`assessment.questions.${question}.title`) : t('wizard.startTitle');
  const prefix = view.kind === 'question' && view.error ? t('wizard.errorTitlePrefix') : '';
  return pageMetadata({
    locale,
    path,
    title: prefix + t('wizard.pageTitleQuestion', { question: title }),
    description: t('wizard.startLead'),
    siteName: t('meta.siteName'),
    noindex: true,
  });
}
