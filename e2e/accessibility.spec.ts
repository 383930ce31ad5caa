import { test, expect } from '@playwright/test';
import { LOCALES, msg, categoryTitles, expectNoAxeViolations } from './support';

for (const locale of LOCALES) {
  const pages = {
    home: `/${locale}`,
    categories: `/${locale}/categories`,
    category: `/${locale}/categories/${categoryTitles(locale)[0]!.slug}`,
    contact: `/${locale}/contact`,
    guides: `/${locale}/guides`,
    guide: `/${locale}/guides/filing-or-licence`,
    faq: `/${locale}/faq`,
    glossary: `/${locale}/glossary`,
    'how it decides': `/${locale}/how-it-decides`,
    compare: `/${locale}/compare?r=1-r0006001n5p&r=1-3r00001gsd57`,
    'result with what-ifs': `/${locale}/result/1-3r00001gsd57`,
    'result print view': `/${locale}/result/2-r70001j01k0pd/print`,
    'result what-ifs': `/${locale}/result/2-r70001j01k0pd/what-ifs`,
    permits: `/${locale}/permits`,
    permit: `/${locale}/permits/icp-licence`,
    'not found': `/${locale}/no-such-page`,
  };
  for (const [name, path] of Object.entries(pages)) {
    test(`${locale} ${name}: no axe violations, one h1, headings in order`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
    });
  }

  test(`${locale}: the skip link is the first stop and moves focus to the main content`, async ({ page }) => {
    await page.goto(`/${locale}/categories`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: msg(locale, 'a11y.skipLink') });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
  });

  test(`${locale}: focus is visible on links`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
}
