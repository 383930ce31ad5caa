import { test, expect, type Page } from '@playwright/test';
import { LOCALES, msg, otherLocales, watchCsp, type Locale } from './support';
import { firstQuestionHref, questionHref } from '../lib/addresses/urls';

/**
 * The Content-Security-Policy allows no inline script except by hash (static pages) or nonce (pages rendered
 * on request), so a page whose hashes or nonce went wrong loses its scripts silently. Every page type, in both
 * languages, must load without a single violation, and its inline scripts must actually have run.
 */
const BROCHURE =
  'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=beijing&operator=mainland-company&revenue=none&sectors=none&v=3';
const BROCHURE_CODE = '3-7gm000004380mg18';

/** React hydrates only from the data Next's inline scripts carry: a hydrated <main> means they ran. */
async function expectInlineScriptsRan(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'))))
    .toBe(true);
}

// Every page type's policy, with no violation: crawl.spec.ts. Here: navigation, caching and forged headers.
for (const locale of LOCALES) {
  test(`${locale}: client-side navigation and the language switch work under the policy`, async ({ page }) => {
    const violations = await watchCsp(page);
    // From a page that runs Next's router (content pages run nothing): it renders a content page from its payload.
    await page.goto(`/${locale}/assessment/q/hosting?v=2`);
    await expectInlineScriptsRan(page);
    // A marker on window survives only a client-side navigation, which needs the page's scripts.
    await page.evaluate(() => ((window as unknown as { __stay?: boolean }).__stay = true));
    await page
      .getByRole('navigation', { name: msg(locale, 'a11y.mainNav') })
      .getByRole('link', { name: msg(locale, 'nav.categories') })
      .click();
    await expect(page).toHaveURL(`/${locale}/categories`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'categories.title'));
    expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(true);
    // The language switch is a plain link: a full load of the other language's page, under its own policy.
    const other: Locale = otherLocales(locale)[0]!;
    await page.getByRole('link', { name: msg(other, 'languageSwitch.readInThisLanguage') }).click();
    await expect(page).toHaveURL(`/${other}/categories`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(other, 'categories.title'));
    expect(await violations()).toEqual([]);
  });

  test(`${locale}: the questionnaire reaches its (cached) result without a reload and without a violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(
      questionHref(locale, 'location', {
        activities: ['none-of-these'],
        'foreign-share': 'none',
        forms: ['website'],
        hosting: 'mainland',
        operator: 'mainland-company',
        revenue: ['none'],
        sectors: ['none'],
      }),
    );
    await expectInlineScriptsRan(page);
    await page.evaluate(() => ((window as unknown as { __stay?: boolean }).__stay = true));
    await page.getByRole('combobox').selectOption('beijing');
    await page.getByRole('button', { name: msg(locale, 'wizard.continue') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'result.title'));
    await expect(page).toHaveURL(`/${locale}/result/${BROCHURE_CODE}`);
    expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(true);
    // The share buttons render only once the result page's scripts have run.
    await expect(page.getByRole('button', { name: msg(locale, 'result.copyLink') })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: msg(locale, 'result.copyLink') })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('a cached result page carries the same nonce in its header and its HTML on every request, and CDN cache headers', async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of [`/en/result/${BROCHURE_CODE}`, `/en/assessment/result?utm_source=x&${BROCHURE}`, `/en/result/${BROCHURE_CODE}`]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    expect(new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([nonce]));
    nonces.add(nonce!);
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  }
  expect(nonces.size).toBe(1);
  // A question page at its canonical address is cached the same way: one nonce in header and HTML, CDN headers.
  const questions = await Promise.all([1, 2].map(() => request.get(firstQuestionHref('en'))));
  const questionNonces = questions.map((r) => /'nonce-([^']+)'/.exec(r.headers()['content-security-policy'] ?? '')?.[1]);
  expect(questionNonces[0]).toBeTruthy();
  expect(questionNonces[1]).toBe(questionNonces[0]);
  expect(new Set([...(await questions[1]!.text()).matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([questionNonces[0]]));
  expect(questions[1]!.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  // A refused answer is rendered per request: a fresh nonce each time, and never stored by a CDN.
  const first = await request.get('/en/assessment/q/forms?v=3&step=forms');
  const second = await request.get('/en/assessment/q/forms?v=3&step=forms');
  expect(first.status()).toBe(400);
  expect(first.headers()['content-security-policy']).not.toBe(second.headers()['content-security-policy']);
  expect(first.headers()['cache-control']).toMatch(/no-store/);
  // A bad result link is a 400 that no CDN keeps.
  const bad = await request.get('/en/assessment/result?hosting=moon&v=2');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['cache-control']).toMatch(/no-store/);
});

test('a client cannot choose what a page is handed: forged answers and policies are dropped', async ({ request }) => {
  const forged = encodeURIComponent(JSON.stringify({ answers: {}, issues: [], version: '1' }));
  const bad = await request.get('/zh/assessment/result?hosting=moon&v=1', { headers: { 'x-icp-decoded': forged } });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain(msg('zh', 'result.invalidTitle'));
  const question = await request.get('/en/assessment/q/hosting?forms=moon', { headers: { 'x-icp-decoded': forged } });
  expect(question.status()).toBe(400);
  const real = await request.get(`/zh/result/${BROCHURE_CODE}`, { headers: { 'content-security-policy': 'script-src *' } });
  expect(real.status()).toBe(200);
  expect(real.headers()['content-security-policy']).not.toContain('script-src *');
  expect(await real.text()).toContain(msg('zh', 'result.title'));
});
