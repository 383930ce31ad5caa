import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { MESSAGES } from '@/lib/i18n/messages';
import { contentSlugs } from '@/lib/content/slugs';
import { PAGES, indexablePaths, isKnownPath, menuItems } from './pages';

/** The routes app/[locale]/ has pages or route handlers for, spelled as the table spells them (the catch-all 404 route aside). */
function appRoutes(dir = path.join(process.cwd(), 'app', '[locale]'), route = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' || entry.name === 'route.ts' ? [route] : [];
    if (entry.name.startsWith('[...')) return [];
    return appRoutes(path.join(dir, entry.name), `${route}/${entry.name}`);
  });
}

describe('the page table', () => {
  it('lists exactly the pages and route handlers app/[locale]/ has, handlers marked', () => {
    for (const page of PAGES) {
      const dir = path.join(process.cwd(), 'app', '[locale]', ...page.route.split('/').filter(Boolean));
      expect(fs.existsSync(path.join(dir, 'handler' in page ? 'route.ts' : 'page.tsx')), page.route).toBe(true);
    }
    const table = PAGES.map((p) => p.route as string).sort();
    expect(appRoutes().sort()).toEqual(table);
  });

  it('knows every page in every locale, with its dynamic values', () => {
    const code = '1-r0006001n5p';
    for (const locale of LOCALES) {
      for (const sitePath of [
        '',
        '/categories',
        '/faq',
        '/glossary',
        '/contact',
        '/enquiry',
        '/enquiry/sent',
        '/assessment',
        '/assessment/q/hosting',
        '/assessment/q/hosting/2-000',
        `/assessment/q/sectors/${code}`,
        '/assessment/result',
        `/result/${code}`,
        '/compare',
        '/how-it-decides',
        '/feed.atom',
        `/result/${code}/feed.atom`,
      ]) {
        expect(isKnownPath(`/${locale}${sitePath}`), `${locale}${sitePath}`).toBe(true);
      }
      for (const slug of contentSlugs(locale, 'categories')) expect(isKnownPath(`/${locale}/categories/${slug}`)).toBe(true);
      for (const slug of contentSlugs(locale, 'guides')) expect(isKnownPath(`/${locale}/guides/${slug}/`)).toBe(true);
    }
  });

  it('knows nothing else', () => {
    for (const p of [
      '/',
      '/fr',
      '/en/nope',
      '/en/categories/nope',
      '/en/categories/community/x',
      '/en/assessment/q/__proto__',
      '/en/assessment/q',
      '/en/guides/toString',
      '/en/assessment/q/hosting/x',
      '/en/assessment/q/2-000/hosting',
      '/en/assessment/q/nope/2-000',
      '/en/assessment/q/hosting/2-000/x',
      '/en/result',
      '/en/result/not-a-code',
      '/en/result/not-a-code/feed.atom',
      '/en/result/1-r0006001n5p/feed',
      '/en/result/1-ABC',
      '/en/assessment/result/x',
    ]) {
      expect(isKnownPath(p), p).toBe(false);
    }
  });

  it('gives the sitemap every indexable page, content entries expanded, and no page an answer set makes', () => {
    const paths = indexablePaths(LOCALES[0]);
    expect(paths).toContain('');
    expect(paths).toContain('/categories/community');
    expect(paths.filter((p) => p.startsWith('/guides/')).length).toBe(contentSlugs(LOCALES[0], 'guides').length);
    expect(paths.some((p) => p.includes('['))).toBe(false);
    expect(paths.some((p) => /^\/(assessment\/|result|enquiry|inbox)/.test(p))).toBe(false);
    expect(paths).toContain('/about');
  });

  it('gives the menus their pages in table order, each with a name', () => {
    expect(menuItems('main').map((i) => i.path)).toEqual(['/categories', '/guides', '/permits', '/assessment', '/faq', '/contact']);
    expect(menuItems('footer').map((i) => i.path)).toContain('/about');
    expect(menuItems('footer').map((i) => i.path)).toContain('/how-it-decides');
    const message = (key: string) =>
      key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], MESSAGES.en);
    for (const item of [...menuItems('main'), ...menuItems('footer')]) expect(typeof message(item.title), item.title).toBe('string');
  });
});
