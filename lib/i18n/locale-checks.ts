import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { glossarySchemaFor, siteSchemaFor } from '@/lib/content/schema';
import { describeIssues } from '@/lib/content/errors';
import { LOCALES, LOCALE_TABLES } from './routing';
import { MESSAGES } from './messages';

// Each check takes the list of locales to check, so a test can ask what a third locale would still lack.
// Each returns one line per gap, naming the file (relative to the project root) and what is missing.

type Tree = { [key: string]: unknown };

/** Message objects keyed by locale (one entry per language the site offers), e.g. the reply languages. */
export const LOCALE_KEYED_MESSAGES = ['enquiry.languages'] as const;

const MESSAGES_DIR = 'lib/i18n/messages';
const CONTENT_FOLDERS = ['categories', 'guides'] as const;
const PER_LOCALE_DATA = ['faq.yaml'] as const;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function at(tree: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

function listDir(dir: string, ending: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ending)) : [];
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Interface messages: every locale has every message file and every key that any locale has, each object keyed by
 * locale names every locale, and `lib/i18n/messages.ts` registers the locale.
 */
export function messageGaps(
  locales: readonly string[],
  root: string = process.cwd(),
  registered: Readonly<Record<string, unknown>> = MESSAGES,
): string[] {
  const gaps: string[] = [];
  const file = (locale: string, name: string) => `${MESSAGES_DIR}/${locale}/${name}`;
  const names = [...new Set(locales.flatMap((locale) => listDir(path.join(root, MESSAGES_DIR, locale), '.json')))].sort();
  const trees = new Map<string, unknown>();
  for (const locale of locales)
    for (const name of names) {
      const full = path.join(root, file(locale, name));
      if (fs.existsSync(full)) trees.set(file(locale, name), readJson(full));
      else gaps.push(`${file(locale, name)} missing`);
    }
  for (const name of names) {
    const present = locales.filter((locale) => trees.has(file(locale, name)));
    // Each key, with the first locale that has it.
    const owner = new Map<string, string>();
    for (const locale of present) for (const key of keys(trees.get(file(locale, name)))) if (!owner.has(key)) owner.set(key, locale);
    for (const locale of present) {
      const own = new Set(keys(trees.get(file(locale, name))));
      for (const [key, other] of owner) if (!own.has(key)) gaps.push(`${file(locale, name)}: key ${key} missing (it is in ${other})`);
      for (const dotted of LOCALE_KEYED_MESSAGES) {
        const object = at(trees.get(file(locale, name)), dotted);
        if (object === undefined || typeof object !== 'object') continue;
        for (const wanted of locales)
          if (!Object.hasOwn(object as Tree, wanted) && !owner.has(`${dotted}.${wanted}`))
            gaps.push(`${file(locale, name)}: key ${dotted}.${wanted} missing`);
      }
    }
  }
  for (const locale of locales) if (!Object.hasOwn(registered, locale)) gaps.push(`lib/i18n/messages.ts: MESSAGES has no ${locale}`);
  return gaps;
}

/** Content: every MDX page and per-locale data file that exists in one locale exists in each. */
export function contentGaps(locales: readonly string[], root: string = process.cwd()): string[] {
  const gaps: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const have = new Map(locales.map((locale) => [locale, new Set(listDir(path.join(root, 'content', locale, folder), '.mdx'))]));
    const all = [...new Set([...have.values()].flatMap((files) => [...files]))].sort();
    for (const locale of locales)
      for (const name of all) if (!have.get(locale)!.has(name)) gaps.push(`content/${locale}/${folder}/${name} missing`);
  }
  for (const name of PER_LOCALE_DATA) {
    const exists = (locale: string) => fs.existsSync(path.join(root, 'content', locale, name));
    if (locales.some(exists)) for (const locale of locales) if (!exists(locale)) gaps.push(`content/${locale}/${name} missing`);
  }
  return gaps;
}

/** The routing tables (language tags, OpenGraph locales, …): one entry per locale. */
export function routingGaps(
  locales: readonly string[],
  tables: Readonly<Record<string, Readonly<Record<string, unknown>>>> = LOCALE_TABLES,
): string[] {
  return Object.entries(tables).flatMap(([name, table]) =>
    locales.filter((locale) => !Object.hasOwn(table, locale)).map((locale) => `lib/i18n/routing.ts: ${name} has no ${locale}`),
  );
}

function yamlGaps(file: string, schema: z.ZodType, root: string): string[] {
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return [];
  const result = schema.safeParse(parse(fs.readFileSync(full, 'utf8')));
  return result.success ? [] : describeIssues(result.error.issues).map((problem) => `${file}: ${problem}`);
}

/** The localized fields of the site-wide data files (content/site.yaml, content/glossary.yaml): a text per locale. */
export function siteDataGaps(locales: readonly string[], root: string = process.cwd()): string[] {
  return [
    ...yamlGaps('content/site.yaml', siteSchemaFor(locales), root),
    ...yamlGaps('content/glossary.yaml', glossarySchemaFor(locales), root),
  ];
}

/** Everything a locale needs, for each of `locales`: the empty list when nothing is missing. */
export function localeGaps(locales: readonly string[] = LOCALES, root: string = process.cwd()): string[] {
  return [...routingGaps(locales), ...messageGaps(locales, root), ...contentGaps(locales, root), ...siteDataGaps(locales, root)];
}
