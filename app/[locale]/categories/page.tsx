import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { categories } from '@/lib/content/categories';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { CategoryCard } from '@/components/category-card';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('/categories', 'categories.title', 'categories.lead');

export default async function CategoriesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'categories' });
  return (
    <PageShell locale={locale} path="/categories" wide>
      <PageHeading title={t('title')} lead={t('lead')} />
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {categories.list(locale).map((entry) => (
          <CategoryCard key={entry.slug} locale={locale} slug={entry.slug} meta={entry.meta} headingLevel="h2" />
        ))}
      </ul>
    </PageShell>
  );
}
