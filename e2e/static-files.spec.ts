import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { LOCALES } from './support';

// The files in public/: what the pages link (icons, the default link-preview image), served as they are, with
// a day's cache and the proxy's policy that runs nothing.
const FILES = [
  { path: '/favicon.ico', type: /^image\/(x-icon|vnd\.microsoft\.icon)$/ },
  { path: '/icon.svg', type: /^image\/svg\+xml/ },
  { path: '/apple-touch-icon.png', type: /^image\/png$/ },
  { path: '/og-default.png', type: /^image\/png$/ },
] as const;

for (const file of FILES) {
  test(`${file.path} is served with its type and a day's cache`, async ({ request }) => {
    const response = await request.get(file.path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toMatch(file.type);
    expect(headers['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(await response.body(), fs.readFileSync(new URL(`../public${file.path}`, import.meta.url)))).toBe(0);
  });
}

test('the link-preview image is a 1200×630 PNG', async ({ request }) => {
  const png = await (await request.get('/og-default.png')).body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a name like a public file but not one is still a 404', async ({ request }) => {
  expect((await request.get('/og-default.jpg')).status()).toBe(404);
  expect((await request.get('/apple-touch-icon-precomposed.png')).status()).toBe(404);
});

for (const locale of LOCALES) {
  test(`${locale} pages link the icons and name the preview image`, async ({ page, baseURL }) => {
    await page.goto(`/${locale}`);
    const head = page.locator('head');
    await expect(head.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
    await expect(head.locator('link[rel="icon"][href="/icon.svg"]')).toHaveAttribute('type', 'image/svg+xml');
    await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/apple-touch-icon.png');
    const image = await head.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image!).pathname).toBe('/og-default.png');
    await expect(head.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    // Every file the head names is one the site serves.
    const hrefs = await head
      .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href')!));
    for (const href of hrefs) expect((await page.request.get(new URL(href, baseURL).toString())).status(), href).toBe(200);
  });
}
