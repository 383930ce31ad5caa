import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LOCALES, isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { categories } from '@/lib/content/categories';
import { pageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { SourceList } from '@/components/source-list';
import { TableOfContents } from '@/components/table-of-contents';
import { mdxComponents } from '@/components/mdx-components';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Unknown slugs render the not-found content under the proxy's 404 status: notFound() would stream an
// empty shell that only JavaScript fills (vercel/next.js#62228).
export const dynamicParams = true;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => categories.slugs(locale).map((slug) => ({ locale, slug })));
}

async function load(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return { locale, entry: categories.get(locale, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, entry } = await load(params);
  const t = await getTranslations({ locale });
  if (!entry) return { title: t('notFound.title'), robots: { index: false } };
  return pageMetadata({ locale, path: `/categories/${entry.slug}`, title: entry.meta.title, description: entry.meta.summary, siteName: t('meta.siteName') });
}

export default async function CategoryPage({ params }: Props) {
  const { locale, entry } = await load(params);
  if (!entry) {
    return (
      <PageShell locale={locale} path="">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  }
  const t = await getTranslations({ locale, namespace: 'categories' });
  const Body = await categories.render(entry);
  const { meta } = entry;
  return (
    <PageShell locale={locale} path={`/categories/${entry.slug}`}>
      <p className="text-sm">
        <Link href={localePath(locale, '/categories')} className="text-brand-800 underline">{t('allCategories')}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900">{meta.title}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
        <dt className="font-semibold">{t('officialName')}</dt>
        <dd><span lang="zh-CN">{meta.nameZh}</span> · <span lang="en">{meta.nameEn}</span></dd>
        <dt className="font-semibold">{t('code')}</dt>
        <dd>{meta.code}</dd>
      </dl>
      <p className="mt-4 text-lg text-slate-700">{meta.summary}</p>
      <TableOfContents title={t('onThisPage')} headings={entry.headings} />
      <div className="prose prose-slate mt-6 max-w-none prose-a:text-brand-800 prose-headings:scroll-mt-4">
        <Body components={mdxComponents} />
      </div>
      <p className="no-print mt-10 rounded-lg bg-brand-50 p-5">
        <Link href={localePath(locale, '/assessment')} className="btn-primary">{t('assessmentCta')}</Link>
      </p>
      <SourceList locale={locale} sources={meta.sources} lastReviewed={meta.lastReviewed} />
    </PageShell>
  );
}
