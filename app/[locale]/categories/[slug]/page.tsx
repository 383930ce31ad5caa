import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { entryRoute } from '@/lib/entry-route';
import { categories } from '@/lib/content/categories';
import { PageShell } from '@/components/page-shell';
import { SourceList } from '@/components/source-list';
import { TableOfContents } from '@/components/table-of-contents';
import { mdxComponents } from '@/components/mdx-components';

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
  const Body = await categories.render(entry);
  const { meta } = entry;
  return (
    <PageShell locale={locale} path={`/categories/${entry.slug}`}>
      <p className="text-sm">
        <Link href={localePath(locale, '/categories')} className="text-brand-800 underline">
          {t('allCategories')}
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900">{meta.title}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
        <dt className="font-semibold">{t('officialName')}</dt>
        <dd>
          <span lang="zh-CN">{meta.nameZh}</span> · <span lang="en">{meta.nameEn}</span>
        </dd>
        <dt className="font-semibold">{t('code')}</dt>
        <dd>{meta.code}</dd>
      </dl>
      <p className="mt-4 text-lg text-slate-700">{meta.summary}</p>
      <TableOfContents title={t('onThisPage')} headings={entry.headings} />
      <div className="prose prose-slate mt-6 max-w-none prose-a:text-brand-800 prose-headings:scroll-mt-4">
        <Body components={mdxComponents} />
      </div>
      <p className="no-print mt-10 rounded-lg bg-brand-50 p-5">
        <Link href={localePath(locale, '/assessment')} className="btn-primary">
          {t('assessmentCta')}
        </Link>
      </p>
      <SourceList locale={locale} sources={meta.sources} lastReviewed={meta.lastReviewed} />
    </PageShell>
  );
}
