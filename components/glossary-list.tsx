import { Link } from '@/components/link';
import type { GlossaryTerm } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface GlossaryListProps {
  locale: Locale;
  terms: readonly GlossaryTerm[];
  /** "Pinyin" (read by screen readers before the romanisation) and "See also". */
  labels: { pinyin: string; seeAlso: string };
  /** The title of a site page, for the term's links. */
  pageTitle: (path: string) => string;
}

/** The glossary: each Chinese term with its pinyin and English rendering, its meaning, and pages about it. */
export function GlossaryList({ locale, terms, labels, pageTitle }: GlossaryListProps) {
  return (
    <dl className="mt-8 divide-y divide-slate-200">
      {terms.map((term) => (
        <div key={term.id} id={term.id} className="scroll-mt-4 py-5">
          <dt>
            {/* The term is Chinese and its rendering English whatever the page's language: they are the subject. */}
            <span lang="zh-CN" className="text-xl font-semibold text-slate-900">
              {term.zh}
            </span>
            <span className="ml-2 text-slate-600">
              <span className="sr-only">{labels.pinyin} </span>
              <span lang="zh-Latn-pinyin">{term.pinyin}</span>
            </span>
            <span className="block font-medium text-slate-800" lang="en">
              {term.en}
            </span>
          </dt>
          <dd className="mt-2 text-slate-700">{term.meaning[locale]}</dd>
          <dd className="mt-2 text-sm">
            <span className="text-slate-600">{labels.seeAlso}</span>
            {term.links.map((link, i) => (
              <span key={link}>
                {i > 0 && ' · '}
                <Link href={localePath(locale, link)} className="text-brand-800 underline">
                  {pageTitle(link)}
                </Link>
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
