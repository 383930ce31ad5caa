import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content/site';
import { LANGUAGE_TAGS, LOCALES } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { indexablePaths } from '@/lib/pages';

export default function sitemap(): MetadataRoute.Sitemap {
  const { siteUrl } = getSite();
  return LOCALES.flatMap((locale) =>
    indexablePaths(locale).map((path) => ({
      url: `${siteUrl}${localePath(locale, path)}`,
      alternates: {
        languages: Object.fromEntries(LOCALES.map((l) => [LANGUAGE_TAGS[l], `${siteUrl}${localePath(l, path)}`])),
      },
    })),
  );
}
