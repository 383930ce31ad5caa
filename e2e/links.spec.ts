import { test, expect, type APIRequestContext } from '@playwright/test';

/**
 * Every internal link and anchor on every page of the sitemap, in both locales, must resolve.
 * Links are read from the served HTML, so content, components and messages are all covered.
 */
test('every internal link and anchor resolves', async ({ request }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(pages.length).toBeGreaterThan(10);

  const html = new Map<string, { status: number; ids: Set<string> }>();
  async function load(path: string) {
    let page = html.get(path);
    if (!page) {
      const response = await request.get(path, { maxRedirects: 0 });
      const body = response.headers()['content-type']?.includes('text/html') ? await response.text() : '';
      page = { status: response.status(), ids: new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!))) };
      html.set(path, page);
    }
    return page;
  }

  const broken: string[] = [];
  for (const path of pages) {
    const page = await load(path);
    expect(page.status, path).toBe(200);
    const body = await (await request.get(path)).text();
    const hrefs = new Set([...body.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    for (const href of hrefs) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      const target = await load(url.pathname);
      if (target.status !== 200 && !(await isRedirectToOk(request, url.pathname + url.search))) {
        broken.push(`${path} → ${href} (status ${target.status})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !target.ids.has(anchor)) broken.push(`${path} → ${href} (no element with id "${anchor}")`);
    }
  }
  expect(broken).toEqual([]);
});

async function isRedirectToOk(request: APIRequestContext, path: string): Promise<boolean> {
  const response = await request.get(path);
  return response.status() === 200;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
