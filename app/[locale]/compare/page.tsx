import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { COMPARE_PARAM, compareView } from '@/lib/views/compare';
import { PageShell } from '@/components/page-shell';
import { CompareResults } from '@/components/explore/compare-results';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // A comparison is someone's own: not for search engines.
  return messageMetadata(await resolveLocale(params), '/compare', 'explore.compare.title', 'explore.compare.lead', true);
}

// A GET form: its address (result codes only) is a shareable link to the same comparison.
export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  const view = compareView(locale, (await searchParams)[COMPARE_PARAM]);
  const query = new URLSearchParams(view.columns.map((c) => [COMPARE_PARAM, c.code])).toString();
  return (
    <PageShell locale={locale} path="/compare" query={query || undefined} wide>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('explore.compare.title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('explore.compare.lead')}</p>
      <CompareResults locale={locale} view={view} />
    </PageShell>
  );
}
