import { Link } from '@/components/link';
import type { Entry } from '@/lib/content/collection';
import type { GuideMeta } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface GuideListProps {
  locale: Locale;
  guides: readonly Entry<GuideMeta>[];
}

/** The guides as cards, each with its summary; the whole card is the link. */
export function GuideList({ locale, guides }: GuideListProps) {
  return (
    <ul className="mt-8 space-y-4">
      {guides.map((guide) => (
        <li key={guide.slug} className="relative rounded-lg border border-slate-200 p-5 hover:border-brand-600">
          <h2 className="text-lg font-semibold text-slate-900">
            <Link href={localePath(locale, `/guides/${guide.slug}`)} className="no-underline after:absolute after:inset-0 hover:underline">
              {guide.meta.title}
            </Link>
          </h2>
          <p className="mt-1 text-slate-700">{guide.meta.summary}</p>
        </li>
      ))}
    </ul>
  );
}
