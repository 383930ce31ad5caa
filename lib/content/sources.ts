import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import { ContentError } from './errors';
import { CONTENT_ROOT, displayPath } from './paths';
import { parseYamlFile } from './frontmatter';
import { sourceTableSchema, type SourceEntryData, type SourceKind, type SourceRef } from './schema';

const cache = new Map<string, ReadonlyMap<string, SourceEntryData>>();

/** The source table, `content/sources.yaml`, validated and keyed by id (read once per root). */
export function getSourceTable(root: string = CONTENT_ROOT): ReadonlyMap<string, SourceEntryData> {
  const cached = cache.get(root);
  if (cached) return cached;
  const file = path.join(root, 'sources.yaml');
  const entries = parseYamlFile(fs.readFileSync(file, 'utf8'), sourceTableSchema, displayPath(file));
  const table = new Map(entries.map((entry) => [entry.id, entry]));
  cache.set(root, table);
  return table;
}

/** One source by id, or null when the table has no such entry. */
export function getSource(id: string, root: string = CONTENT_ROOT): SourceEntryData | null {
  return getSourceTable(root).get(id) ?? null;
}

/** A page's source, resolved against the table: the entry plus the page's article and note. */
export interface CitedSource {
  entry: SourceEntryData;
  article?: string;
  note?: string;
}

/** Resolves a page's `sources:` references; an unknown id is a ContentError naming the file. */
export function resolveSources(refs: readonly SourceRef[], file: string, root: string = CONTENT_ROOT): CitedSource[] {
  const table = getSourceTable(root);
  const unknown: string[] = [];
  const cited = refs.flatMap((ref) => {
    const { id, article, note } = typeof ref === 'string' ? { id: ref, article: undefined, note: undefined } : ref;
    const entry = table.get(id);
    if (!entry) {
      unknown.push(`field "sources": no source "${id}" in content/sources.yaml`);
      return [];
    }
    return [{ entry, ...(article ? { article } : {}), ...(note ? { note } : {}) }];
  });
  if (unknown.length > 0) throw new ContentError(file, unknown);
  return cited;
}

const KIND_ORDER: Record<SourceKind, number> = { official: 0, reproduction: 1, commentary: 2 };

/** Official texts first, then reproductions, then commentary; the table's order within a kind. */
export function byKind<T extends { entry: SourceEntryData }>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind]);
}

/** A localized field of an entry in the reader's language. */
export function sourceText(text: { en: string; zh: string } | undefined, locale: Locale): string | undefined {
  return text?.[locale];
}

/** The entry's name in the reader's language. */
export function sourceName(entry: SourceEntryData, locale: Locale): string {
  return sourceText({ en: entry.nameEn, zh: entry.nameZh }, locale) ?? entry.nameEn;
}
