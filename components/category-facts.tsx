import type { CategoryMeta } from '@/lib/content/schema';

export interface CategoryFactsProps {
  meta: CategoryMeta;
  labels: { officialName: string; code: string };
}

/** A category's official name (in Chinese, with its English rendering: the languages are the subject) and Catalogue code. */
export function CategoryFacts({ meta, labels }: CategoryFactsProps) {
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700">
      <dt className="font-semibold">{labels.officialName}</dt>
      <dd>
        <span lang="zh-CN">{meta.nameZh}</span> · <span lang="en">{meta.nameEn}</span>
      </dd>
      <dt className="font-semibold">{labels.code}</dt>
      <dd>{meta.code}</dd>
    </dl>
  );
}
