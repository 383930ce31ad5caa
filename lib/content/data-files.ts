import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import { CONTENT_ROOT, displayPath } from './paths';
import { parseYamlFile } from './frontmatter';
import { faqSchema, glossarySchema, type FaqItem, type GlossaryTerm } from './schema';

const faqCache = new Map<string, FaqItem[]>();
let glossaryCache: GlossaryTerm[] | undefined;

/** The FAQ of a locale, `content/<locale>/faq.yaml`, validated; empty when the file does not exist. */
export function getFaq(locale: Locale, root: string = CONTENT_ROOT): FaqItem[] {
  const key = `${root}:${locale}`;
  const cached = faqCache.get(key);
  if (cached) return cached;
  const file = path.join(root, locale, 'faq.yaml');
  const items = fs.existsSync(file) ? parseYamlFile(fs.readFileSync(file, 'utf8'), faqSchema, displayPath(file)) : [];
  faqCache.set(key, items);
  return items;
}

/** The bilingual glossary, `content/glossary.yaml`, validated; empty when the file does not exist. */
export function getGlossary(root: string = CONTENT_ROOT): GlossaryTerm[] {
  if (glossaryCache && root === CONTENT_ROOT) return glossaryCache;
  const file = path.join(root, 'glossary.yaml');
  const terms = fs.existsSync(file) ? parseYamlFile(fs.readFileSync(file, 'utf8'), glossarySchema, displayPath(file)) : [];
  if (root === CONTENT_ROOT) glossaryCache = terms;
  return terms;
}
