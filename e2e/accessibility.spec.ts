import { test, expect } from '@playwright/test';
import { LOCALES, msg } from './support';

// Every page type's axe check, one h1 and heading order: crawl.spec.ts. Here: keyboard use.
for (const locale of LOCALES) {
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
