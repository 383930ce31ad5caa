import { test, expect } from '@playwright/test';
import { LOCALES, msg } from './support';

for (const locale of LOCALES) {
  test(`${locale}: guides index lists the guides, each with breadcrumbs, sources, an uncertainty section and related links`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/guides`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'guides.title'));
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(await links.count()).toBe(9);
    await links.first().click();
    await expect(page).toHaveURL(`/${locale}/guides/filing-or-licence`);
    await expect(page.getByRole('navigation', { name: msg(locale, 'a11y.breadcrumb') })).toContainText(msg(locale, 'guides.title'));
    await expect(
      page.getByRole('heading', { level: 2, name: locale === 'en' ? 'What is still uncertain' : '尚待明确的问题' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: msg(locale, 'categories.sources') })
        .getByRole('link')
        .first(),
    ).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.getByRole('link', { name: msg(locale, 'guides.assessmentCta') })).toHaveAttribute('href', `/${locale}/assessment`);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const breadcrumb = jsonLd.map((j) => JSON.parse(j)).find((d) => d['@type'] === 'BreadcrumbList');
    expect(breadcrumb.itemListElement).toHaveLength(3);
  });

  test(`${locale}: FAQ answers link to guides and carry FAQPage structured data`, async ({ page }) => {
    await page.goto(`/${locale}/faq`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'faq.title'));
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((j) => JSON.parse(j));
    const faq = data.find((d) => d['@type'] === 'FAQPage');
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(14);
    const questions = page.getByRole('main').getByRole('heading', { level: 2 });
    expect(await questions.count()).toBe(faq.mainEntity.length);
    await expect(questions.first()).toHaveText(faq.mainEntity[0].name);
    await expect(
      page.locator('#company-website').getByRole('link', { name: new RegExp(msg(locale, 'faq.readGuide', { guide: '' }).trim()) }),
    ).toHaveAttribute('href', /\/guides\//);
  });
}

test.describe('glossary without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a term link from a guide lands on the term, with Chinese, pinyin, English and meaning', async ({ page }) => {
    await page.goto('/zh/glossary#pre-approval');
    const term = page.locator('#pre-approval');
    await expect(term).toContainText('前置审批');
    await expect(term).toContainText('pre-approval', { ignoreCase: true });
    await expect(term.locator('[lang="zh-Latn-pinyin"]')).not.toBeEmpty();
    await page.goto('/en/guides/filing-or-licence');
    const glossaryLinks = page.getByRole('main').locator('a[href^="/en/glossary#"]');
    expect(await glossaryLinks.count()).toBeGreaterThan(3);
  });
});
