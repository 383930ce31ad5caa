import { expect, test } from '@playwright/test';
import { LOCALES, msg } from './support';
import { DECISION_CASES } from '../lib/assessment/testing/decision-cases';
import { resultCode } from '../lib/addresses/result-link';

// The shared test server has no SMTP and a placeholder address (localhost): the form must not take addresses.
const CODE = resultCode(DECISION_CASES.marketplace);

for (const locale of LOCALES) {
  test.describe(`${locale} JS off`, () => {
    test.use({ javaScriptEnabled: false });

    test('a site that cannot send e-mail says so instead of taking addresses', async ({ page }) => {
      await page.goto(`/${locale}/result/${CODE}`);
      const section = page.getByRole('region', { name: msg(locale, 'watch.section.title') });
      await expect(section.getByRole('note')).toContainText(msg(locale, 'watch.section.unavailableTitle'));
      await expect(section.getByRole('textbox')).toHaveCount(0);
      await expect(section.getByRole('button')).toHaveCount(0);
      await page.goto(`/${locale}/watch`);
      await expect(page.getByRole('note')).toHaveText(msg(locale, 'watch.section.unavailable'));
    });
  });
}

test('a post to a result page from another site is refused before it reaches the form', async ({ request }) => {
  const response = await request.post(`/en/result/${CODE}`, {
    form: { email: 'x@example.org' },
    headers: { origin: 'http://evil.example' },
  });
  expect(response.status()).toBe(403);
});
