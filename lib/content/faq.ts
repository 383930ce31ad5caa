import type { MDXContent } from 'mdx/types';
import type { Locale } from '@/lib/i18n/routing';
import type { Entry } from './collection';
import { getFaq } from './data-files';
import { guides } from './guides';
import { compileMdx } from './mdx';
import type { FaqItem, GuideMeta } from './schema';

/** One question of the FAQ page, its answer compiled, and the guide that explains it (null if it has gone). */
export interface FaqEntry {
  item: FaqItem;
  Answer: MDXContent;
  guide: Entry<GuideMeta> | null;
}

/** The FAQ of a locale, ready to render: each answer compiled from its MDX, each guide looked up. */
export async function loadFaq(locale: Locale): Promise<FaqEntry[]> {
  return Promise.all(
    getFaq(locale).map(async (item) => ({
      item,
      Answer: await compileMdx(item.answer, `content/${locale}/faq.yaml#${item.id}`),
      guide: guides.get(locale, item.guide),
    })),
  );
}

/** An answer as plain text: Markdown links keep their text, bold marks go. */
export function plainAnswer(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*/g, '');
}

/** schema.org FAQPage structured data for the FAQ page. */
export function faqJsonLd(items: readonly FaqItem[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: plainAnswer(item.answer) },
    })),
  };
}
