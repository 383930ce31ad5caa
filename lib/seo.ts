import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/content/site';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, OG_LOCALES, otherLocales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { resolveLocale } from '@/lib/i18n/page';

export interface PageMetaInput {
  locale: Locale;
  /** The path after the locale prefix, '' for the home page. */
  path: string;
  title: string;
  description: string;
  siteName: string;
  noindex?: boolean;
}

/** The link-preview image of every page without its own: public/og-default.png (made by `npm run static-images`). */
export const DEFAULT_PREVIEW_IMAGE = { url: '/og-default.png', width: 1200, height: 630, type: 'image/png' } as const;

/** Title, description, canonical URL, hreflang alternates and OpenGraph tags for one page. */
export function pageMetadata({ locale, path, title, description, siteName, noindex }: PageMetaInput): Metadata {
  const { siteUrl } = getSite();
  const url = (l: Locale) => `${siteUrl}${localePath(l, path)}`;
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [LANGUAGE_TAGS[l], url(l)]));
  languages['x-default'] = url(DEFAULT_LOCALE);
  return {
    metadataBase: new URL(siteUrl),
    title,
    description,
    alternates: { canonical: url(locale), languages },
    openGraph: {
      type: 'website',
      title,
      description,
      url: url(locale),
      siteName,
      locale: OG_LOCALES[locale],
      alternateLocale: otherLocales(locale).map((l) => OG_LOCALES[l]),
      images: [DEFAULT_PREVIEW_IMAGE],
    },
    twitter: { card: 'summary_large_image' },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}

/** Metadata for a page whose title and description are interface messages. */
export async function messageMetadata(
  locale: Locale,
  path: string,
  titleKey: string,
  descriptionKey: string,
  noindex = false,
): Promise<Metadata> {
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path, title: t(titleKey), description: t(descriptionKey), siteName: t('meta.siteName'), noindex });
}

/** A page's `generateMetadata` when its title and description are interface messages: `export const generateMetadata = …`. */
export function messagePageMetadata(path: string, titleKey: string, descriptionKey: string, noindex = false) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> =>
    messageMetadata(await resolveLocale(params), path, titleKey, descriptionKey, noindex);
}
