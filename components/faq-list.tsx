import { Link } from '@/components/link';
import { mdxComponents } from '@/components/mdx-components';
import type { FaqEntry } from '@/lib/content/faq';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface FaqListProps {
  locale: Locale;
  entries: readonly FaqEntry[];
  /** The link to an answer's guide, e.g. "Read the guide: …". */
  readGuide: (guideTitle: string) => string;
}

/** The questions and answers, each a section with an anchor, and a link to the guide behind the answer. */
export function FaqList({ locale, entries, readGuide }: FaqListProps) {
  return (
    <div className="mt-8 divide-y divide-slate-200">
      {entries.map(({ item, Answer, guide }) => (
        <section key={item.id} id={item.id} aria-labelledby={`${item.id}-q`} className="scroll-mt-4 py-6">
          <h2 id={`${item.id}-q`} className="text-xl font-semibold text-slate-900">
            {item.question}
          </h2>
          <div className="prose prose-slate mt-2 max-w-none prose-a:text-brand-800">
            <Answer components={mdxComponents} />
          </div>
          {guide && (
            <p className="mt-2 text-sm">
              <Link href={localePath(locale, `/guides/${guide.slug}`)} className="text-brand-800 underline">
                {readGuide(guide.meta.title)}
              </Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
