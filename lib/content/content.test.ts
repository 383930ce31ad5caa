import path from 'node:path';
import { describe, expect, it, afterEach } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { createCollection } from './collection';
import { categoryMetaSchema, guideMetaSchema } from './schema';
import { ContentError } from './errors';
import { parseFrontmatter } from './frontmatter';
import { getSite } from './site';
import { categories } from './categories';
import { guides } from './guides';
import { B25_ITEMS } from '@/lib/assessment/types';
import { LOCALES } from '@/lib/i18n/routing';

const fixtures = path.join(__dirname, '__fixtures__');

describe('content collections', () => {
  it('loads and validates a good file, with headings and ids like the rendered page', async () => {
    const collection = createCollection('categories', categoryMetaSchema, path.join(fixtures, 'good'));
    const entry = collection.get('en', 'community');
    expect(entry?.meta.code).toBe('B25 · 3');
    expect(entry?.headings.map((h) => h.id)).toEqual(['what-it-covers', 'what-it-covers-1']);
    const Body = await collection.render(entry!);
    const html = renderToStaticMarkup(createElement(Body));
    expect(html).toContain('<h2 id="what-it-covers">');
    expect(html).toContain('<h2 id="what-it-covers-1">');
    expect(html).toContain('href="/en/categories/search-query"');
  });

  it('keeps CJK heading ids as rehype-slug does', async () => {
    const collection = createCollection('categories', categoryMetaSchema, path.join(fixtures, 'good'));
    const entry = collection.get('zh', 'community')!;
    const html = renderToStaticMarkup(createElement(await collection.render(entry)));
    expect(entry.headings[0]?.id).toBe('业务范围');
    expect(html).toContain(`id="${entry.headings[0]?.id}"`);
  });

  it('returns null for an unknown slug', () => {
    const collection = createCollection('categories', categoryMetaSchema, path.join(fixtures, 'good'));
    expect(collection.get('en', 'no-such-page')).toBeNull();
  });

  it('rejects a file with bad fields, naming the file and every bad field', () => {
    const collection = createCollection('categories', categoryMetaSchema, path.join(fixtures, 'bad'));
    let error: unknown;
    try {
      collection.list('en');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain(path.join('__fixtures__', 'bad', 'en', 'categories', 'community.mdx'));
    expect(message).toContain('field "summary"');
    expect(message).toContain('field "order"');
    expect(message).toContain('field "lastReviewed": must be a date written YYYY-MM-DD');
    expect(message).toContain('field "sources.0"');
  });

  it('rejects unknown fields and files without metadata', () => {
    expect(() => parseFrontmatter('no metadata here', categoryMetaSchema, 'x.mdx')).toThrow(/x\.mdx: no metadata block/);
    const extra = `---\ntitle: Guide title\nsummary: A summary long enough to pass.\norder: 1\nlastReviewed: 2026-11-28\nsources: []\ncolour: red\n---\n`;
    expect(() => parseFrontmatter(extra, guideMetaSchema, 'g.mdx')).toThrow(/g\.mdx: .*field "sources"/);
    expect(() => parseFrontmatter(extra, guideMetaSchema, 'g.mdx')).toThrow(/colour/);
  });

  it('rejects impossible dates and broken YAML', () => {
    const bad = `---\ntitle: T title\nsummary: A summary long enough to pass.\norder: 1\nlastReviewed: 2026-02-30\nsources: [{title: Src, url: 'https://a.example', kind: primary}]\n---\n`;
    expect(() => parseFrontmatter(bad, guideMetaSchema, 'd.mdx')).toThrow(/lastReviewed.*not a real calendar date/);
    expect(() => parseFrontmatter('---\ntitle: [unclosed\n---\n', guideMetaSchema, 'y.mdx')).toThrow(/y\.mdx: metadata is not valid YAML/);
  });
});

describe('operator details', () => {
  afterEach(() => {
    delete process.env.SITE_URL;
  });

  it('validates site.yaml and trims the trailing slash of siteUrl', () => {
    const site = getSite(path.join(fixtures, 'good'));
    expect(site.siteUrl).toBe('https://example.com');
    expect(site.name.zh).toBe('测试咨询');
  });

  it('lets SITE_URL override the configured address', () => {
    process.env.SITE_URL = 'https://icp.example.org/';
    expect(getSite(path.join(fixtures, 'good')).siteUrl).toBe('https://icp.example.org');
  });

  it('rejects a SITE_URL that is not a URL, naming the variable', () => {
    process.env.SITE_URL = 'example.com';
    expect(() => getSite(path.join(fixtures, 'good'))).toThrow(/SITE_URL \(environment variable\): field "siteUrl"/);
  });

  it('the shipped site.yaml is valid', () => {
    expect(() => getSite()).not.toThrow();
  });
});

describe('the real content', () => {
  it('has the five B25 categories in every locale, with the same slugs and valid metadata', () => {
    for (const locale of LOCALES) {
      expect(categories.slugs(locale).sort()).toEqual([...B25_ITEMS].sort());
    }
  });

  it('orders categories as the Catalogue does, identically in both locales', () => {
    const order = (locale: (typeof LOCALES)[number]) => categories.list(locale).map((c) => [c.slug, c.meta.order, c.meta.code]);
    expect(order('zh')).toEqual(order('en'));
  });

  it('has the same guides in every locale', () => {
    expect(guides.slugs('zh')).toEqual(guides.slugs('en'));
  });

  it('compiles every MDX body', async () => {
    for (const locale of LOCALES) {
      for (const entry of [...categories.list(locale), ...guides.list(locale)]) {
        await expect(categories.render(entry as never)).resolves.toBeTypeOf('function');
      }
    }
  }, 30_000);
});
