import { permanentRedirect } from 'next/navigation';
import { loadResultPage, resultViewMetadata } from '@/lib/views/result-page';
import { PageShell } from '@/components/page-shell';
import { ResultBody } from '@/components/result/result-body';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; code: string }> };

// A result's print view: the result page's sections, every one open. Cached by its address like the result.
export const dynamicParams = true;
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return resultViewMetadata(params, '/print', 'decision.print.viewTitle');
}

export default async function ResultPrintPage({ params }: Props) {
  const { locale, view } = await loadResultPage(params);
  if (view.kind === 'moved') permanentRedirect(`${view.to}/print`);
  if (view.kind === 'not-found')
    return (
      <PageShell locale={locale} path="/result">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  return (
    <PageShell locale={locale} path={`/result/${view.code}/print`}>
      <ResultBody locale={locale} view={view} mode="print" />
    </PageShell>
  );
}
