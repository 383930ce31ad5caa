import { cacheKeyQuery } from '@/lib/wizard/result';
import ResultPage, { generateMetadata as resultMetadata } from '../page';

// Not a public address: proxy.ts rewrites every result URL that is not a 400 here, keyed by its canonical
// query (resultCacheKey in lib/wizard/result.ts), so each result is rendered once and then served from
// Next's cache like a static page. The public page renders it; this route only turns the key into a query.
type Props = { params: Promise<{ locale: string; answers: string }> };

export const dynamicParams = true;
// Re-rendered at most daily, so a deployment's new copy reaches cached results; CDNs get s-maxage=86400.
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return resultMetadata({ params, searchParams: Promise.resolve({}) });
}

export default async function CachedResultPage({ params }: Props) {
  const { answers } = await params;
  return ResultPage({ params, searchParams: Promise.resolve(cacheKeyQuery(answers)) });
}
