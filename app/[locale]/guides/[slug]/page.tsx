import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';
import { entryRoute } from '@/lib/entry-route';
import { guides, relatedEntries } from '@/lib/content/guides';
import { PageShell } from '@/components/page-shell';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageHeading } from '@/components/page-heading';
import { ArticleBody } from '@/components/article-body';
import { RelatedLinks } from '@/components/related-links';
import { CallToAction } from '@/components/call-to-action';
import { SourceList } from '@/components/source-list';

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
  const path = `/guides/${entry.slug}`;
  return (
    <PageShell locale={locale} path={path}>
      <Breadcrumbs locale={locale} parents={[{ name: t('guides.title'), path: '/guides' }]} current={{ name: entry.meta.title, path }} />
      <PageHeading title={entry.meta.title} lead={entry.meta.summary} spaced />
      <ArticleBody tocTitle={t('categories.onThisPage')} headings={entry.headings} Body={await guides.render(entry)} />
      <RelatedLinks locale={locale} {...relatedEntries(locale, entry.meta)} />
      <CallToAction tone="soft" href={localePath(locale, '/assessment')} label={t('guides.assessmentCta')} />
      <SourceList locale={locale} sources={entry.meta.sources} lastReviewed={entry.meta.lastReviewed} />
    </PageShell>
  );
}
