import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { MESSAGES } from '@/lib/i18n/messages';
import { categories } from './categories';
import { guides } from './guides';
import { getFaq, getGlossary } from './data-files';
import { getSourceTable } from './sources';

/** One piece of reader-facing copy, with the file (and key) it comes from. */
export interface CopyText {
  file: string;
  locale: Locale;
  text: string;
}

function flatten(value: unknown, prefix: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
}

/** Every piece of copy a reader sees, per locale: pages (metadata and body), FAQ, glossary, source names, messages. */
export function readerCopy(): CopyText[] {
  const texts: CopyText[] = [];
  for (const locale of LOCALES) {
    for (const entry of [...categories.list(locale), ...guides.list(locale)]) {
      texts.push({ file: `${entry.file}#title`, locale, text: entry.meta.title });
      texts.push({ file: `${entry.file}#summary`, locale, text: entry.meta.summary });
      for (const ref of entry.meta.sources)
        if (typeof ref !== 'string' && ref.note) texts.push({ file: `${entry.file}#sources.${ref.id}`, locale, text: ref.note });
      texts.push({ file: entry.file, locale, text: entry.body });
    }
    for (const item of getFaq(locale)) {
      const file = `content/${locale}/faq.yaml#${item.id}`;
      texts.push({ file, locale, text: `${item.question} ${item.answer}` });
    }
    for (const term of getGlossary()) texts.push({ file: `content/glossary.yaml#${term.id}`, locale, text: term.meaning[locale] });
    for (const source of getSourceTable().values()) {
      const file = `content/sources.yaml#${source.id}`;
      const fields = [source.issuer, source.number, source.publishedIn].map((f) => f?.[locale]).filter(Boolean);
      texts.push({ file, locale, text: fields.join('\n\n') });
    }
    const messages: [string, string][] = [];
    flatten(MESSAGES[locale], '', messages);
    for (const [key, text] of messages) texts.push({ file: `lib/i18n/messages/${locale}#${key}`, locale, text });
  }
  return texts;
}
