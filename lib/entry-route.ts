import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { LOCALES, isLocale, type Locale } from '@/lib/i18n/routing';
import type { Entry } from '@/lib/content/collection';
import { pageMetadata } from '@/lib/seo';

interface Collection<Meta> {
  slugs(locale: Locale): string[];
  get(locale: Locale, slug: string): Entry<Meta> | null;
}

type Params = Promise<{ locale: string; slug: string }>;

/** Static params, loading and metadata for the page of one content entry (`/<locale>/<section>/<slug>`). */
export function entryRoute<Meta extends { title: string; summary: string }>(collection: Collection<Meta>, section: string) {
  /** The locale and the entry, or null for an unknown slug (the page then renders the not-found content). */
  async function load(params: Params): Promise<{ locale: Locale; entry: Entry<Meta> | null }> {
    const { locale, slug } = await params;
    if (!isLocale(locale)) notFound();
    setRequestLocale(locale);
    return { locale, entry: collection.get(locale, slug) };
  }

  return {
    load,
    generateStaticParams() {
      return LOCALES.flatMap((locale) => collection.slugs(locale).map((slug) => ({ locale, slug })));
    },
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { locale, entry } = await load(params);
      const t = await getTranslations({ locale });
      if (!entry) return { title: t('notFound.title'), robots: { index: false } };
      return pageMetadata({
        locale,
        path: `/${section}/${entry.slug}`,
        title: entry.meta.title,
        description: entry.meta.summary,
        siteName: t('meta.siteName'),
      });
    },
  };
}
