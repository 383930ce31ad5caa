import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT, displayPath } from './paths';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cache = new Map<string, readonly string[]>();

/**
 * The slugs of a content folder (`content/<locale>/<folder>/<slug>.mdx`), sorted: the one list the collections,
 * the page table and the proxy read. Only the folder is listed, nothing is parsed, so the proxy can ask cheaply.
 */
export function contentSlugs(locale: string, folder: string, root: string = CONTENT_ROOT): readonly string[] {
  const directory = path.join(root, locale, folder);
  const cached = cache.get(directory);
  if (cached) return cached;
  const slugs = fs.existsSync(directory)
    ? fs
        .readdirSync(directory)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((name) => {
          const slug = name.slice(0, -'.mdx'.length);
          if (!SLUG.test(slug))
            throw new Error(`${displayPath(path.join(directory, name))}: file name must be a lowercase-kebab-case slug`);
          return slug;
        })
    : [];
  cache.set(directory, slugs);
  return slugs;
}
