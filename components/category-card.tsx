import { Link } from '@/components/link';
import type { Locale } from '@/lib/i18n/routing';
import { secondaryName } from '@/lib/i18n/names';
import { localePath } from '@/lib/i18n/paths';
import type { CategoryMeta } from '@/lib/content/schema';

export interface CategoryCardProps {
  locale: Locale;
  slug: string;
  meta: CategoryMeta;
  headingLevel?: 'h2' | 'h3';
}

export function CategoryCard({ locale, slug, meta, headingLevel: Heading = 'h3' }: CategoryCardProps) {
  const second = secondaryName(locale, { zh: meta.nameZh, en: meta.nameEn });
  return (
    <li className="relative flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 hover:shadow">
      <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">{meta.code}</p>
      <Heading className="mt-1 text-lg font-semibold text-slate-900">
        <Link href={localePath(locale, `/categories/${slug}`)} className="no-underline after:absolute after:inset-0 hover:underline">
          {meta.title}
        </Link>
      </Heading>
      <p className="text-sm text-slate-600" lang={second.lang}>
        {second.text}
      </p>
      <p className="mt-3 text-sm text-slate-700">{meta.summary}</p>
    </li>
  );
}
