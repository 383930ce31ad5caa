import { DOMParser } from '@xmldom/xmldom';
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { QUESTIONS, RULES } from '../lib/assessment';
import { LOCALES, msg, expectNoAxeViolations, type Locale, JOURNEY_MODES } from './support';

// Answer sets without a version: the API gives their codes under the current rules, as the site's own links are.
const BROCHURE_QUERY =
  'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=zhejiang&operator=mainland-company&revenue=none&sectors=none';
const WFOE_QUERY =
  'activities=community&foreign-share=over-50&forms=website&hosting=mainland&location=zhejiang&operations=several-provinces&operator=mainland-company&revenue=service-fees&sectors=none';
const JV_QUERY = WFOE_QUERY.replace('foreign-share=over-50', 'foreign-share=up-to-50');

async function codeOf(request: APIRequestContext, query: string): Promise<string> {
  const response = await request.get(`/api/assessment?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { code: string }).code;
}

/** The what-if section of a result page. */
const whatIf = (page: Page, locale: Locale) => page.getByRole('region', { name: msg(locale, 'explore.whatIf.title') });
/** Every what-if of a result, on its own page (the result page links it: working them out is most of a new result's cost). */
async function openWhatIf(page: Page, locale: Locale) {
  await whatIf(page, locale).locator('a[href$="/what-ifs"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'explore.whatIf.pageTitle'));
  return page.getByRole('main');
}

for (const { locale, javaScriptEnabled } of JOURNEY_MODES) {
  test.describe(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a result’s what-if opens that result, whose own what-if leads back', async ({ page, request }) => {
      const BROCHURE_CODE = await codeOf(request, BROCHURE_QUERY);
      await page.goto(`/${locale}/result/${BROCHURE_CODE}`);
      const section = await openWhatIf(page, locale);
      await expect(section).toBeVisible();
      // Hosting outside the mainland: the first answer that matters.
      const offshore = section.getByRole('link', {
        name: msg(locale, 'assessment.questions.hosting.options.offshore.label'),
        exact: false,
      });
      await offshore.first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/result/(?!${BROCHURE_CODE}$)`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'result.title'));
      await expect(page.getByRole('heading', { name: msg(locale, 'assessment.findings.offshore-hosting.label') }).first()).toBeVisible();
      // Back: hosting on the mainland again. The province was not asked of an offshore site, so it reads "not sure" now.
      const back = (await openWhatIf(page, locale)).getByRole('link', {
        name: msg(locale, 'assessment.questions.hosting.options.mainland.label'),
        exact: false,
      });
      const backHref = await back.first().getAttribute('href');
      expect(backHref).toMatch(new RegExp(`^/${locale}/result/3-`));
      await back.first().click();
      await expect(page).toHaveURL(backHref!);
      await expect(page.getByRole('heading', { name: msg(locale, 'assessment.findings.offshore-hosting.label') })).toHaveCount(0);
      await page.goBack();
      await expect(page).not.toHaveURL(backHref!);
    });

    test('compare two ways forward: a joint venture and a wholly foreign-owned company', async ({ page, request }) => {
      const [jv, wfoe] = [await codeOf(request, JV_QUERY), await codeOf(request, WFOE_QUERY)];
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/compare`);
      await page
        .getByLabel(msg(locale, 'explore.compare.resultLabel', { n: 1 }), { exact: true })
        .fill(`https://example.com/${locale}/result/${jv}`);
      await page.getByLabel(msg(locale, 'explore.compare.resultLabel', { n: 2 }), { exact: true }).fill(wfoe);
      await page.getByRole('button', { name: msg(locale, 'explore.compare.submit') }).click();
      // The address holds the result links as entered, nothing else.
      expect([...new URL(page.url()).searchParams.keys()].every((k) => k === 'r')).toBe(true);
      const table = page.getByRole('table');
      await expect(table).toBeVisible();
      const verdictRow = table.getByRole('row', { name: new RegExp(msg(locale, 'explore.compare.rows.verdict')) });
      await expect(verdictRow).toContainText(msg(locale, 'assessment.verdicts.clear.label'));
      await expect(verdictRow).toContainText(msg(locale, 'assessment.verdicts.blocked.label'));
      await expect(verdictRow).toContainText(msg(locale, 'explore.compare.differs'));
      // On a phone the columns become a list of the differences.
      await page.setViewportSize({ width: 390, height: 900 });
      await expect(table).toBeHidden();
      const differences = page.getByRole('region', { name: msg(locale, 'explore.compare.differencesTitle') });
      await expect(differences).toContainText(msg(locale, 'assessment.findings.foreign-cap-exceeded.label'));
      // Each difference names the column by what it is and links its result.
      await expect(differences.locator(`a[href="/${locale}/result/${wfoe}"]`).first()).toBeVisible();
      await expect(differences.getByRole('link', { name: msg(locale, 'explore.compare.first') }).first()).toHaveAttribute(
        'href',
        `/${locale}/result/${jv}`,
      );
    });

    test('a result’s what-ifs page compares it with its weightiest what-ifs', async ({ page, request }) => {
      const BROCHURE_CODE = await codeOf(request, BROCHURE_QUERY);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/result/${BROCHURE_CODE}`);
      await (await openWhatIf(page, locale)).getByRole('link', { name: msg(locale, 'explore.whatIf.compare') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'explore.compare.title'));
      await expect(page.getByRole('table').getByRole('link', { name: msg(locale, 'explore.compare.open', { n: 1 }) })).toHaveAttribute(
        'href',
        `/${locale}/result/${BROCHURE_CODE}`,
      );
      await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(5);
    });
  });
}

for (const locale of LOCALES) {
  test(`${locale}: how the assessment decides lists every rule of the current version, with a diagram and no script of its own`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/how-it-decides`);
    // Read at once (one round trip, not one per rule): each rule's entry holds its id.
    const entries = new Map(
      await page.locator('[id^="rule-"]').evaluateAll((els) => els.map((el) => [el.id, el.textContent ?? ''] as [string, string])),
    );
    for (const rule of RULES) expect(entries.get(`rule-${rule.id}`), rule.id).toContain(rule.id);
    const diagram = page.getByRole('img', { name: msg(locale, 'explore.howItDecides.diagramTitle') });
    await expect(diagram).toBeVisible();
    // A box per question, and the result.
    await expect(page.locator('svg[role="img"] rect')).toHaveCount(QUESTIONS.length + 1);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: a result’s “why” links to its rule’s entry`, async ({ page, request }) => {
    const BROCHURE_CODE = await codeOf(request, BROCHURE_QUERY);
    await page.goto(`/${locale}/result/${BROCHURE_CODE}`);
    // Reasons are one tap away, behind each item's summary: open them all.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const link = page.getByRole('link', { name: msg(locale, 'explore.howItDecides.ruleLink') }).first();
    await expect(link).toHaveAttribute('href', new RegExp(`^/${locale}/how-it-decides#rule-`));
    await link.click();
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  test(`${locale}: the feeds are Atom with RFC 4287’s required elements`, async ({ request, page }) => {
    const BROCHURE_CODE = await codeOf(request, BROCHURE_QUERY);
    await page.goto(`/${locale}/result/${BROCHURE_CODE}`);
    const href = await page.getByRole('link', { name: msg(locale, 'explore.feed.subscribe') }).getAttribute('href');
    expect(href).toBe(`/${locale}/result/${BROCHURE_CODE}/feed.atom`);
    for (const path of [href!, `/${locale}/feed.atom`]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/atom+xml');
      const errors: string[] = [];
      const doc = new DOMParser({ onError: (level, message) => errors.push(`${level} ${message}`) }).parseFromString(
        await response.text(),
        'application/xml',
      );
      expect(errors).toEqual([]);
      const feed = doc.documentElement!;
      expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      expect(feed.localName).toBe('feed');
      const child = (name: string) => Array.from(feed.childNodes).filter((n) => (n as { localName?: string }).localName === name);
      for (const name of ['id', 'title', 'updated', 'author']) expect(child(name), name).toHaveLength(1);
    }
    expect((await request.get(`/${locale}/result/1-zzzzzzzzzz/feed.atom`)).status()).toBe(404);
  });

  test(`${locale}: the compare page keeps what it could not read (its axe check: crawl.spec.ts)`, async ({ page, request }) => {
    const [BROCHURE_CODE, wfoe] = [await codeOf(request, BROCHURE_QUERY), await codeOf(request, WFOE_QUERY)];
    await page.goto(`/${locale}/compare?r=${BROCHURE_CODE}&r=${wfoe}&r=not-a-link`);
    await expect(page.getByLabel(msg(locale, 'explore.compare.resultLabel', { n: 3 }), { exact: true })).toHaveValue('not-a-link');
    await expect(page.getByRole('main')).toContainText(msg(locale, 'explore.compare.unreadable', { value: 'not-a-link' }));
  });
}
