import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { MDXContent } from 'mdx/types';
import type { Locale } from '@/lib/i18n/routing';
import { CONTENT_ROOT, displayPath } from './paths';
import { parseFrontmatter } from './frontmatter';
import { compileMdx } from './mdx';
import { extractHeadings, type Heading } from './headings';
import { contentSlugs } from './slugs';

export interface Entry<Meta> {
  readonly slug: string;
  readonly locale: Locale;
  readonly meta: Meta;
  readonly body: string;
  readonly headings: readonly Heading[];
  readonly file: string;
}

/**
 * One folder of MDX files per locale (`content/<locale>/<folder>/<slug>.mdx`), each with
 * metadata validated by `schema`. Reads are memoised: content does not change while the server runs.
 */
export function createCollection<S extends z.ZodType>(folder: string, schema: S, root: string = CONTENT_ROOT) {
  type Meta = z.output<S>;
  const cache = new Map<string, Entry<Meta>[]>();

  function dir(locale: Locale): string {
    return path.join(root, locale, folder);
  }

  function readAll(locale: Locale): Entry<Meta>[] {
    const cached = cache.get(locale);
    if (cached) return cached;
    const directory = dir(locale);
    const entries = contentSlugs(locale, folder, root).map((slug) => {
      const file = path.join(directory, `${slug}.mdx`);
      const { meta, body } = parseFrontmatter(fs.readFileSync(file, 'utf8'), schema, displayPath(file));
      return { slug, locale, meta, body, headings: extractHeadings(body), file: displayPath(file) };
    });
    cache.set(locale, entries);
    return entries;
  }

  return {
    /** Every entry of the locale, validated; ordered by `meta.order` when present, else by slug. */
    list(locale: Locale): Entry<Meta>[] {
      return [...readAll(locale)].sort((a, b) => orderOf(a.meta) - orderOf(b.meta) || a.slug.localeCompare(b.slug));
    },
    /** One entry, or null when there is no such slug in that locale. */
    get(locale: Locale, slug: string): Entry<Meta> | null {
      return readAll(locale).find((entry) => entry.slug === slug) ?? null;
    },
    slugs(locale: Locale): string[] {
      return readAll(locale).map((entry) => entry.slug);
    },
    /** The entry's body as a React component. */
    async render(entry: Entry<Meta>): Promise<MDXContent> {
      return compileMdx(entry.body, entry.file);
    },
  };
}

function orderOf(meta: unknown): number {
  const order = (meta as { order?: unknown }).order;
  return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
}
