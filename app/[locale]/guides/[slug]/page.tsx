import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LOCALES, isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { guides } from '@/lib/content/guides';
import { categories } from '@/lib/content/categories';
import { pageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { SourceList } from '@/components/source-list';
import { TableOfContents } from '@/components/table-of-contents';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { mdxComponents } from '@/components/mdx-components';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Unknown slugs render the not-found content under the proxy's 404 status: notFound() would stream an
// empty shell that only JavaScript fills (vercel/next.js#62228).
export const dynamicParams = true;

export function generateStaticParams() {
  return LOCALES.flatMap((locale) => guides.slugs(locale).map((slug) => ({ locale, slug })));
}

async function load(params: Props['params']) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return { locale, entry: guides.get(locale, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, entry } = await load(params);
  const t = await getTranslations({ locale });
  if (!entry) return { title: t('notFound.title'), robots: { index: false } };
  return pageMetadata({ locale, path: `/guides/${entry.slug}`, title: entry.meta.title, description: entry.meta.summary, siteName: t('meta.siteName') });
}

export default async function GuidePage({ params }: Props) {
  const { locale, entry } = await load(params);
  if (!entry) {
    return (
      <PageShell locale={locale} path="">
        <NotFoundContent locale={locale} />
      </PageShell>
    );
  }
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
      {(relatedCategories.length > 0 || relatedGuides.length > 0) && (
        <section aria-labelledby="related" className="no-print mt-10 rounded-lg border border-slate-200 p-5">
          <h2 id="related" className="text-xl font-semibold text-slate-900">{t('guides.related')}</h2>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {relatedCategories.length > 0 && (
              <div>
                <h3 className="font-semibold text-slate-800">{t('guides.relatedCategories')}</h3>
                <ul className="mt-1 list-disc pl-5">
                  {relatedCategories.map((c) => (
                    <li key={c.slug}><Link href={localePath(locale, `/categories/${c.slug}`)} className="text-brand-800 underline">{c.meta.title}</Link></li>
                  ))}
                </ul>
              </div>
            )}
            {relatedGuides.length > 0 && (
              <div>
                <h3 className="font-semibold text-slate-800">{t('guides.relatedGuides')}</h3>
                <ul className="mt-1 list-disc pl-5">
                  {relatedGuides.map((g) => (
                    <li key={g.slug}><Link href={localePath(locale, `/guides/${g.slug}`)} className="text-brand-800 underline">{g.meta.title}</Link></li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>
      )}
      <p className="no-print mt-8 rounded-lg bg-brand-50 p-5">
        <Link href={localePath(locale, '/assessment')} className="btn-primary">{t('guides.assessmentCta')}</Link>
      </p>
      <SourceList locale={locale} sources={meta.sources} lastReviewed={meta.lastReviewed} />
    </PageShell>
  );
}
