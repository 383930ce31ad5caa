import { resolveLocale } from '@/lib/i18n/page';
import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { CategoryOverview, FilingSummary, GuideOverview, HomeAudience, HomeHero } from '@/components/home/home-sections';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('', 'home.title', 'meta.defaultDescription');

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="" wide>
      <HomeHero locale={locale} />
      <FilingSummary locale={locale} />
      <CategoryOverview locale={locale} categories={categories.list(locale)} />
      <GuideOverview locale={locale} guides={guides.list(locale)} />
      <HomeAudience locale={locale} />
    </PageShell>
  );
}
