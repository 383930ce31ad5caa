import { permanentRedirect } from 'next/navigation';
import { loadResultPage, resultViewMetadata } from '@/lib/views/result-page';
import { PageShell } from '@/components/page-shell';
import { WhatIfPage } from '@/components/result/what-if-page';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; code: string }> };

// Every answer change that would change a result, each linking to its own result. Cached by its address like the result.
export const dynamicParams = true;
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return resultViewMetadata(params, '/what-ifs', 'explore.whatIf.pageTitle');
}

export default async function ResultWhatIfsPage({ params }: Props) {
  const { locale, view } = await loadResultPage(params);
  if (view.kind === 'moved') permanentRedirect(`${view.to}/what-ifs`);
  if (view.kind === 'not-found')
    return (
      <PageShell locale={locale} path="/result">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  return (
    <PageShell locale={locale} path={`/result/${view.code}/what-ifs`}>
      <WhatIfPage locale={locale} view={view} />
    </PageShell>
  );
}
