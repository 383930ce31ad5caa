import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { getSite } from '@/lib/content/site';
import { JsonLd } from './json-ld';

export interface BreadcrumbsProps {
  locale: Locale;
  /** From the top; the last item is the current page (href is its own path). */
  items: readonly { name: string; href: string }[];
}

/** A breadcrumb trail with BreadcrumbList structured data. */
export async function Breadcrumbs({ locale, items }: BreadcrumbsProps) {
  const t = await getTranslations({ locale, namespace: 'a11y' });
  const { siteUrl } = getSite();
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="no-print text-sm">
        <ol className="flex flex-wrap gap-x-2 text-slate-600">
          {items.map((item, i) => (
            <li key={item.href} className="flex gap-x-2">
              {i > 0 && <span aria-hidden="true">/</span>}
              {i < items.length - 1 ? (
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
          itemListElement: items.map((item, i) => ({
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
