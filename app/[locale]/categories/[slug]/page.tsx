import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { entryRoute } from '@/lib/entry-route';
import { categories } from '@/lib/content/categories';
import { Link } from '@/components/link';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { CategoryFacts } from '@/components/category-facts';
import { ArticleBody } from '@/components/article-body';
import { CallToAction } from '@/components/call-to-action';
import { SourceList } from '@/components/source-list';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Only the generated slugs: the proxy answers unknown ones with 404 and Next renders the locale's not-found page.
export const dynamicParams = false;

const route = entryRoute(categories, 'categories');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function CategoryPage({ params }: Props) {
  const { locale, entry } = await route.load(params);
  if (!entry) notFound();
  const t = await getTranslations({ locale, namespace: 'categories' });
  return (
    <PageShell locale={locale} path={`/categories/${entry.slug}`}>
      <Link href={localePath(locale, '/categories')} className="text-sm text-brand-800 underline">
        {t('allCategories')}
      </Link>
      <PageHeading title={entry.meta.title} spaced />
      <CategoryFacts meta={entry.meta} labels={{ officialName: t('officialName'), code: t('code') }} />
      <p className="mt-4 text-lg text-slate-700">{entry.meta.summary}</p>
      <ArticleBody tocTitle={t('onThisPage')} headings={entry.headings} Body={await categories.render(entry)} />
      <CallToAction tone="soft" href={localePath(locale, '/assessment')} label={t('assessmentCta')} />
      <SourceList locale={locale} sources={entry.meta.sources} lastReviewed={entry.meta.lastReviewed} />
    </PageShell>
  );
}
