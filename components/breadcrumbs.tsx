import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getSite } from '@/lib/content/site';
import { JsonLd } from './json-ld';

export interface BreadcrumbsProps {
  locale: Locale;
  /** The pages between the home page (which comes first by itself) and this one; paths are after the locale. */
  parents: readonly { name: string; path: string }[];
  /** This page. */
  current: { name: string; path: string };
}

/** A breadcrumb trail with BreadcrumbList structured data. */
export async function Breadcrumbs({ locale, parents, current }: BreadcrumbsProps) {
  const t = await getTranslations({ locale });
  const { siteUrl } = getSite();
  const trail = [{ name: t('nav.home'), path: '' }, ...parents, current].map(({ name, path }) => ({
    name,
    href: localePath(locale, path),
  }));
  return (
    <>
      <nav aria-label={t('a11y.breadcrumb')} className="no-print text-sm">
        <ol className="flex flex-wrap gap-x-2 text-slate-600">
          {trail.map((item, i) => (
            <li key={item.href} className="flex gap-x-2">
              {i > 0 && <span aria-hidden="true">/</span>}
              {i < trail.length - 1 ? (
                <Link href={item.href} className="text-brand-800 underline">
                  {item.name}
                </Link>
              ) : (
                <span aria-current="page">{item.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: trail.map((item, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: item.name,
            item: `${siteUrl}${item.href}`,
          })),
        }}
      />
    </>
  );
}
