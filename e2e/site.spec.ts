import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, OG_LOCALES, msg, categoryTitles, otherLocales } from './support';

const site = parse(fs.readFileSync(new URL('../content/site.yaml', import.meta.url), 'utf8'));
// Canonical URLs are fixed at build time from SITE_URL or content/site.yaml.
const BASE = (process.env.SITE_URL || site.siteUrl).replace(/\/+$/, '');

for (const locale of LOCALES) {
  test.describe(`${locale} pages`, () => {
    test('home introduces filing vs licence, lists the five categories and leads to contact', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAGS[locale]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'home.title'));
      await expect(page.getByRole('heading', { level: 2, name: msg(locale, 'home.filingTitle') })).toBeVisible();
      for (const { title } of categoryTitles(locale)) {
        await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
      }
      await page
        .getByRole('main')
        .getByRole('link', { name: msg(locale, 'home.ctaContact') })
        .first()
        .click();
      await expect(page).toHaveURL(`/${locale}/contact`);
    });

    test('categories index links to each category page', async ({ page }) => {
      await page.goto(`/${locale}/categories`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'categories.title'));
      const cards = categoryTitles(locale);
      expect(cards).toHaveLength(5);
      await page.getByRole('link', { name: cards[0]!.title, exact: true }).click();
      await expect(page).toHaveURL(`/${locale}/categories/${cards[0]!.slug}`);
    });

    for (const { slug, title } of categoryTitles(locale)) {
      test(`category page ${slug} has its content, sources and review date`, async ({ page }) => {
        const response = await page.goto(`/${locale}/categories/${slug}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(6);
        const sources = page.getByRole('region', { name: msg(locale, 'categories.sources') });
        expect(await sources.getByRole('link').count()).toBeGreaterThanOrEqual(1);
        await expect(sources.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
        // Each source says what it is and when it was last checked; official texts come first.
        const items = sources.getByRole('listitem');
        await expect(items.first()).toContainText(msg(locale, 'categories.sourceKind.official'));
        expect(await items.count()).toBe(await sources.getByText(msg(locale, 'categories.sourceLastChecked', { date: '' }).trim()).count());
      });
    }

    test('contact page shows the operator details from content/site.yaml', async ({ page }) => {
      await page.goto(`/${locale}/contact`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'contact.title'));
      const main = page.getByRole('main');
      await expect(main.getByText(site.name[locale], { exact: true })).toBeVisible();
      await expect(main.getByRole('link', { name: site.email })).toHaveAttribute('href', `mailto:${site.email}`);
      await expect(main.getByRole('link', { name: site.phone })).toBeVisible();
      await expect(main.getByText(site.wechat, { exact: true })).toBeVisible();
      await expect(main.getByText(site.address[locale])).toBeVisible();
      await expect(main.getByText(msg(locale, 'contact.exampleNotice'))).toBeVisible();
    });

    test('footer carries the operator, the contact link, the notice and the review date', async ({ page }) => {
      await page.goto(`/${locale}/categories`);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByText(site.name[locale]).first()).toBeVisible();
      await expect(footer.getByRole('link', { name: msg(locale, 'footer.contactLink') })).toHaveAttribute('href', `/${locale}/contact`);
      await expect(footer.getByText(msg(locale, 'footer.disclaimer'))).toBeVisible();
      await expect(
        footer.getByText(
          msg(locale, 'footer.reviewed', { date: '' })
            .replace(/[.。]$/, '')
            .trim(),
        ),
      ).toBeVisible();
    });

    test('unknown pages are 404s whose server HTML already holds the page (no JavaScript needed)', async ({ request }) => {
      for (const path of [
        `/${locale}/no-such-page`,
        `/${locale}/categories/no-such-category`,
        `/${locale}/guides/no-such-guide`,
        `/${locale}/assessment/q/no-such-question`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBe(404);
        const html = await response.text();
        expect(html, path).toContain(msg(locale, 'notFound.title'));
        expect(html, path).toContain(`href="/${locale}"`);
      }
    });

    test('unknown pages are real 404s in the language of the URL', async ({ page }) => {
      for (const path of [`/${locale}/no-such-page`, `/${locale}/categories/no-such-category`]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'notFound.title'));
        await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAGS[locale]);
        await expect(page.getByRole('link', { name: msg(locale, 'notFound.home') })).toHaveAttribute('href', `/${locale}`);
      }
    });

    test('metadata: title, description, canonical, hreflang alternates and OpenGraph', async ({ page }) => {
      const slug = categoryTitles(locale)[0]!.slug;
      await page.goto(`/${locale}/categories/${slug}`);
      const head = page.locator('head');
      await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${BASE}/${locale}/categories/${slug}`);
      for (const other of LOCALES)
        await expect(head.locator(`link[rel="alternate"][hreflang="${LANGUAGE_TAGS[other]}"]`)).toHaveAttribute(
          'href',
          `${BASE}/${other}/categories/${slug}`,
        );
      await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        `${BASE}/${DEFAULT_LOCALE}/categories/${slug}`,
      );
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', OG_LOCALES[locale]);
    });
  });
}

test('the language switch leads to the same page in every other language', async ({ page }) => {
  const slug = categoryTitles(DEFAULT_LOCALE)[1]!.slug;
  for (const locale of LOCALES) {
    for (const other of otherLocales(locale)) {
      await page.goto(`/${locale}/categories/${slug}`);
      await page.getByRole('link', { name: msg(other, 'languageSwitch.readInThisLanguage') }).click();
      await expect(page).toHaveURL(`/${other}/categories/${slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAGS[other]);
    }
  }
});

// Static pages ship no JavaScript of their own, so their switch link cannot know a query string; a query
// string on a content page is not state anyway. Pages whose state is the query carry it (assessment.spec.ts).
test('a content page opened with a query string switches to the plain page in the other language', async ({ page }) => {
  const slug = categoryTitles(DEFAULT_LOCALE)[1]!.slug;
  const other = otherLocales(DEFAULT_LOCALE)[0]!;
  await page.goto(`/${DEFAULT_LOCALE}/categories/${slug}?ref=shared-link`);
  await expect(page.getByRole('link', { name: msg(other, 'languageSwitch.readInThisLanguage') })).toHaveAttribute(
    'href',
    `/${other}/categories/${slug}`,
  );
});

test.describe('locale negotiation at /', () => {
  for (const [header, expected] of [
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh'],
    ['zh-TW', '/zh'],
    ['en-GB,en;q=0.9', '/en'],
    ['de-DE,fr;q=0.8', '/en'],
  ] as const) {
    test(`Accept-Language "${header}" goes to ${expected}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'accept-language': header }, maxRedirects: 0 });
      expect(response.status()).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(400);
      expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(expected);
    });
  }

  test('no Accept-Language goes to English', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': '' } });
    expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe('/en');
  });
});

test('sitemap lists every page in both locales, robots points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of LOCALES) {
    for (const path of ['', '/categories', '/contact', ...categoryTitles(locale).map((c) => `/categories/${c.slug}`)]) {
      expect(sitemap).toContain(`<loc>${BASE}/${locale}${path}</loc>`);
    }
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`);
});

test('GET /api/sources returns the source table as JSON', async ({ request }) => {
  const response = await request.get('/api/sources');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const { sources } = (await response.json()) as { sources: Record<string, unknown>[] };
  expect(sources.length).toBeGreaterThan(30);
  const fields = [
    'confidence',
    'date',
    'effective',
    'id',
    'issuer',
    'kind',
    'lastChecked',
    'name',
    'number',
    'publishedIn',
    'translation',
    'undated',
    'url',
  ];
  for (const source of sources) expect(Object.keys(source).sort()).toEqual(fields);
  expect(sources.find((s) => s.id === 'genai-measures')).toMatchObject({
    name: { zh: '《生成式人工智能服务管理暂行办法》' },
    kind: 'official',
    number: { en: 'Order No. 15' },
    effective: '2023-08-15',
    confidence: 'high',
  });
  // Every address carries its confidence; a commentary shows its date or why it has none.
  for (const source of sources) {
    if (source.url) expect(source.confidence, String(source.id)).toMatch(/^(high|medium|low)$/);
    if (source.kind === 'commentary') expect(Boolean(source.date) !== Boolean(source.undated), String(source.id)).toBe(true);
  }
});

test('responses carry security headers and no X-Powered-By', async ({ request }) => {
  for (const path of [
    '/en',
    '/zh/categories/community',
    '/en/assessment/q/hosting/2-000',
    '/en/assessment/q/hosting?v=2&step=hosting',
    '/api/assessment?hosting=mainland',
    '/en/no-such-page',
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
  const https = (await request.get('/en', { headers: { 'x-forwarded-proto': 'https' } })).headers();
  expect(https['strict-transport-security']).toContain('max-age=');
});
