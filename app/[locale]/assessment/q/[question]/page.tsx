import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { resolveLocale } from '@/lib/i18n/page';
import { loadStep, stepMetadata } from '@/lib/views/step-page';
import type { SearchParams } from '@/lib/views/step';
import { questionFormAction } from '@/lib/addresses/urls';
import { PageShell } from '@/components/page-shell';
import { QuestionStep } from '@/components/questionnaire/question-step';
import { InvalidAnswers } from '@/components/questionnaire/invalid-answers';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; question: string }>; searchParams: Promise<SearchParams> };

// A question's query form: a submission or an old link. The proxy moves what reads to the canonical address
// ([code]/page.tsx); what reaches this page is a 400, the question with its error or answers that cannot be read.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return stepMetadata(await resolveLocale(params), (await params).question, await loadStep(params, searchParams));
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { question } = await params;
  const { view, query } = await loadStep(params, searchParams);
  if (view.kind === 'redirect') redirect(view.to);
  // The proxy has already set status 404; notFound() here would stream an empty shell to browsers without JavaScript.
  if (view.kind === 'not-found') {
    return (
      <PageShell locale={locale} path="/assessment">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  }
  return (
    <PageShell locale={locale} path={`/assessment/q/${question}`} query={query}>
      {view.kind === 'invalid' ? (
        <InvalidAnswers locale={locale} view={view} />
      ) : (
        <QuestionStep locale={locale} view={view} action={questionFormAction(locale, question)} />
      )}
    </PageShell>
  );
}
