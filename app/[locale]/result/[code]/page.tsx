import { permanentRedirect } from 'next/navigation';
import { loadResultPage, resultMetadata } from '@/lib/views/result-page';
import { PageShell } from '@/components/page-shell';
import { ResultBody } from '@/components/result/result-body';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; code: string }> };

// A result's short permanent link. Its page depends on the code alone, so Next renders it on the first request
// and then serves it from its cache (in memory, bounded: see next.config.js), as CDNs may (s-maxage below).
export const dynamicParams = true;
// Re-rendered at most daily, so a deployment's new copy reaches cached results; CDNs get s-maxage=86400.
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return resultMetadata(params);
}

export default async function ResultPage({ params }: Props) {
  const { locale, view } = await loadResultPage(params);
  // The proxy answers codes that do not read, and moves padded ones, before they reach this page.
  if (view.kind === 'moved') permanentRedirect(view.to);
  if (view.kind === 'not-found')
    return (
      <PageShell locale={locale} path="/result">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  return (
    <PageShell locale={locale} path={`/result/${view.code}`}>
      <ResultBody locale={locale} view={view} />
    </PageShell>
  );
}
