import fs from 'node:fs';
import path from 'node:path';
import { QUESTIONS } from '@/lib/assessment/questions';
import { LOCALES } from '@/lib/i18n/routing';

const FIXED = new Set([
  '',
  '/categories',
  '/guides',
  '/faq',
  '/glossary',
  '/contact',
  '/enquiry',
  '/enquiry/sent',
  '/assessment',
  '/assessment/result',
  '/changelog',
]);
const QUESTION_IDS = new Set<string>(QUESTIONS.map((q) => q.id));
const slugCache = new Map<string, Set<string>>();

function slugs(locale: string, folder: string): Set<string> {
  const key = `${locale}/${folder}`;
  let set = slugCache.get(key);
  if (!set) {
    const dir = path.join(process.cwd(), 'content', locale, folder);
    set = new Set(
      fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => f.slice(0, -4))
        : [],
    );
    slugCache.set(key, set);
  }
  return set;
}

/**
 * Whether a locale-prefixed path is a page of the site. The proxy uses it to answer 404 itself, because
 * Next's notFound() streams an empty shell that only JavaScript fills (vercel/next.js#62228).
 */
export function isKnownPath(pathname: string): boolean {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match || !(LOCALES as readonly string[]).includes(match[1]!)) return false;
  const rest = (match[2] ?? '').replace(/\/$/, '');
  if (FIXED.has(rest)) return true;
  const [, section, slug, extra] = rest.split('/');
  if (extra !== undefined || slug === undefined)
    return section === 'assessment' && rest.startsWith('/assessment/q/') && QUESTION_IDS.has(rest.slice(14));
  if (section === 'categories' || section === 'guides') return slugs(match[1]!, section).has(slug);
  return false;
}

// The files Next serves outside the locales: app/robots.ts, app/sitemap.ts, app/icon.svg (there is no public/).
const ROOT_FILES = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg']);

/** Whether a path outside the locales is one of the site's files; the proxy answers any other with 404. */
export function isRootFile(pathname: string): boolean {
  return ROOT_FILES.has(pathname);
}
