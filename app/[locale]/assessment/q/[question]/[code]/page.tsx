import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { loadStepAddress, stepMetadata } from '@/lib/views/step-page';
import { questionFormAction } from '@/lib/addresses/urls';
import { PageShell } from '@/components/page-shell';
import { QuestionStep } from '@/components/questionnaire/question-step';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; question: string; code: string }> };

// A question page's canonical address: the code holds the answers given so far, so the page depends on its path
// alone and Next renders it on the first request and then serves it from its cache, as it does results.
export const dynamicParams = true;
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = await loadStepAddress(params);
  return stepMetadata(step.locale, step.question, step, `/assessment/q/${step.question}/${step.code}`);
}

export default async function QuestionAtPage({ params }: Props) {
  const { locale, question, code, view } = await loadStepAddress(params);
  // The proxy answers codes that do not read, and moves other addresses of these answers, before they reach here.
  if (view.kind === 'redirect') permanentRedirect(view.to);
  if (view.kind !== 'question')
    return (
      <PageShell locale={locale} path="/assessment">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  return (
    <PageShell locale={locale} path={`/assessment/q/${question}/${code}`}>
      <QuestionStep locale={locale} view={view} action={questionFormAction(locale, question)} />
    </PageShell>
  );
}
