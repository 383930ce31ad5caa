import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { entryRoute } from '@/lib/entry-route';
import { guides } from '@/lib/content/guides';
import { categories } from '@/lib/content/categories';
import { PageShell } from '@/components/page-shell';
import { SourceList } from '@/components/source-list';
import { TableOfContents } from '@/components/table-of-contents';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { mdxComponents } from '@/components/mdx-components';
import { RelatedLinks } from '@/components/related-links';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Only the generated slugs: the proxy answers unknown ones with 404 and Next renders the locale's not-found page.
export const dynamicParams = false;

const route = entryRoute(guides, 'guides');
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function GuidePage({ params }: Props) {
  const { locale, entry } = await route.load(params);
  if (!entry) notFound();
  const t = await getTranslations({ locale });
  const Body = await guides.render(entry);
  const { meta } = entry;
  const relatedCategories = meta.related.categories.flatMap((slug) => categories.get(locale, slug) ?? []);
  const relatedGuides = meta.related.guides.flatMap((slug) => guides.get(locale, slug) ?? []);
  return (
    <PageShell locale={locale} path={`/guides/${entry.slug}`}>
      <Breadcrumbs
        locale={locale}
        items={[
          { name: t('nav.home'), href: localePath(locale) },
          { name: t('guides.title'), href: localePath(locale, '/guides') },
          { name: meta.title, href: localePath(locale, `/guides/${entry.slug}`) },
        ]}
      />
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900">{meta.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{meta.summary}</p>
      <TableOfContents title={t('categories.onThisPage')} headings={entry.headings} />
      <div className="prose prose-slate mt-6 max-w-none prose-a:text-brand-800 prose-headings:scroll-mt-4">
        <Body components={mdxComponents} />
      </div>
      <RelatedLinks locale={locale} categories={relatedCategories} guides={relatedGuides} />
      <p className="no-print mt-8 rounded-lg bg-brand-50 p-5">
        <Link href={localePath(locale, '/assessment')} className="btn-primary">
          {t('guides.assessmentCta')}
        </Link>
      </p>
      <SourceList locale={locale} sources={meta.sources} lastReviewed={meta.lastReviewed} />
    </PageShell>
  );
}
