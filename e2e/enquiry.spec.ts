import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, expectNoAxeViolations, msg, type Locale } from './support';
import { loadEnquiryForm, postEnquiry, VALID_FIELDS } from './enquiry-client';

const RESULT_QUERY =
  'activities=none&foreign-share=none&forms=website&hosting=mainland&operator=mainland-company&revenue=none&sectors=none&v=1';
/** Its short link: what the result page links to and what the enquiry stores. */
const RESULT_CODE = '1-r0006001n5p';

type Row = {
  reference: string;
  name: string;
  message: string;
  result_url: string | null;
  ruleset_version: string | null;
  answers: string | null;
  locale: string;
  preferred_language: string;
};

/** The stored enquiry with this reference, read straight from the server's database file. */
function storedRow(reference: string): Row | undefined {
  const db = new Database(process.env.E2E_ENQUIRY_DB!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], Row>('SELECT * FROM enquiries WHERE reference = ?').get(reference);
  } finally {
    db.close();
  }
}
function rowsWithMessage(message: string): Row[] {
  const db = new Database(process.env.E2E_ENQUIRY_DB!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], Row>('SELECT * FROM enquiries WHERE message = ?').all(message);
  } finally {
    db.close();
  }
}

async function fillForm(page: Page, locale: Locale, message: string) {
  await page.getByLabel(msg(locale, 'enquiry.name')).fill('Chen Jing');
  await page.getByLabel(msg(locale, 'enquiry.company'), { exact: true }).fill('Example Media Ltd');
  await page.getByLabel(msg(locale, 'enquiry.wechat')).fill('chenjing_2026');
  await page.getByLabel(msg(locale, 'enquiry.message')).fill(message);
  await page
    .getByRole('checkbox', {
      name: msg(locale, 'enquiry.consent', { operator: locale === 'en' ? 'Example Compliance Consultancy' : '示例合规咨询公司' }),
    })
    .check();
}

async function referenceOnConfirmation(page: Page, locale: Locale): Promise<string> {
  await expect(page).toHaveURL(new RegExp(`/${locale}/enquiry/sent\\?ref=E-`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'enquiry.sentTitle'));
  await expect(page.getByRole('heading', { name: msg(locale, 'enquiry.nextTitle') })).toBeVisible();
  // After a client-side navigation the document title follows the page's metadata a moment later.
  await expect(page).toHaveTitle(new RegExp(msg(locale, 'enquiry.sentTitle').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new URL(page.url()).searchParams.get('ref')!;
}

for (const locale of LOCALES) {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JS on' : 'JS off';
    test.describe(`${locale} ${mode}`, () => {
      test.use({ javaScriptEnabled });

      test('an enquiry from a result page carries the result link into the store', async ({ page }) => {
        await page.goto(`/${locale}/assessment/result?${RESULT_QUERY}`);
        await page.getByRole('link', { name: msg(locale, 'result.consultCta') }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'enquiry.title'));
        // What will be sent is shown before it is sent: the link, the ruleset version and the answers.
        const attachment = page.getByRole('region', { name: msg(locale, 'enquiry.attachmentTitle') });
        await expect(attachment).toContainText(`/${locale}/result/${RESULT_CODE}`);
        await expect(attachment).toContainText(msg(locale, 'assessment.questions.hosting.title'));
        await expect(page.getByRole('checkbox', { name: msg(locale, 'enquiry.includeResult') })).toBeChecked();

        const message = `Result enquiry ${locale} ${mode} ${Date.now()}`;
        await fillForm(page, locale, message);
        await page.getByRole('button', { name: msg(locale, 'enquiry.submit') }).click();
        const reference = await referenceOnConfirmation(page, locale);
        await expect(page.getByText(reference)).toBeVisible();

        const row = storedRow(reference)!;
        expect(row).toMatchObject({ name: 'Chen Jing', message, locale, preferred_language: locale, ruleset_version: '1' });
        expect(row.result_url).toBe(`http://localhost:3000/${locale}/result/${RESULT_CODE}`);
        expect(JSON.parse(row.answers!)).toMatchObject({ hosting: 'mainland', forms: 'website' });
      });

      test('a refused enquiry keeps everything typed and says what to fix', async ({ page }) => {
        await page.goto(`/${locale}/enquiry?result=${encodeURIComponent(`/${locale}/assessment/result?${RESULT_QUERY}`)}`);
        await page.getByLabel(msg(locale, 'enquiry.name')).fill('Chen Jing');
        await page.getByLabel(msg(locale, 'enquiry.email')).fill('not-an-address');
        await page.getByLabel(msg(locale, 'enquiry.message')).fill('Please keep this text: 请保留这段文字');
        await page.getByRole('checkbox', { name: msg(locale, 'enquiry.includeResult') }).uncheck();
        await page.getByRole('button', { name: msg(locale, 'enquiry.submit') }).click();

        const summary = page.getByRole('alert').filter({ hasText: msg(locale, 'enquiry.errorSummaryTitle') });
        await expect(summary).toBeVisible();
        await expect(summary.getByRole('link', { name: msg(locale, 'enquiry.errors.emailInvalid') })).toBeVisible();
        await expect(summary.getByRole('link', { name: msg(locale, 'enquiry.errors.consentRequired') })).toBeVisible();
        if (javaScriptEnabled) await expect(summary).toBeFocused();
        // The error is tied to its field, and nothing typed is lost.
        const email = page.getByLabel(msg(locale, 'enquiry.email'));
        await expect(email).toHaveAttribute('aria-invalid', 'true');
        await expect(email).toHaveAccessibleDescription(msg(locale, 'enquiry.errors.emailInvalid'));
        await expect(email).toHaveValue('not-an-address');
        await expect(page.getByLabel(msg(locale, 'enquiry.name'))).toHaveValue('Chen Jing');
        await expect(page.getByLabel(msg(locale, 'enquiry.message'))).toHaveValue('Please keep this text: 请保留这段文字');
        await expect(page.getByRole('checkbox', { name: msg(locale, 'enquiry.includeResult') })).not.toBeChecked();
        // axe runs in the page, so it checks the error state with JavaScript on.
        if (javaScriptEnabled) await expectNoAxeViolations(page);

        // Fixed, it goes through, without the result the visitor chose to leave out.
        await email.fill('chen.jing@example.com');
        const message = `Fixed enquiry ${locale} ${mode} ${Date.now()}`;
        await page.getByLabel(msg(locale, 'enquiry.message')).fill(message);
        await page
          .getByRole('checkbox', {
            name: msg(locale, 'enquiry.consent', { operator: locale === 'en' ? 'Example Compliance Consultancy' : '示例合规咨询公司' }),
          })
          .check();
        await page.getByRole('button', { name: msg(locale, 'enquiry.submit') }).click();
        const reference = await referenceOnConfirmation(page, locale);
        expect(storedRow(reference)).toMatchObject({ message, result_url: null, answers: null });
      });
    });
  }

  test(`${locale}: the form and the confirmation page have no axe violations`, async ({ page }) => {
    await page.goto(`/${locale}/contact`);
    await page.getByRole('link', { name: msg(locale, 'contact.askCta') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'enquiry.title'));
    await expectNoAxeViolations(page);
    await fillForm(page, locale, `Axe ${locale} ${Date.now()}`);
    await page.getByLabel(msg(locale, 'enquiry.email')).fill('chen@example.com');
    await page.getByRole('button', { name: msg(locale, 'enquiry.submit') }).click();
    await referenceOnConfirmation(page, locale);
    await expectNoAxeViolations(page);
  });
}

test('a double submission stores one enquiry and answers both with the same reference', async ({ baseURL }) => {
  const url = `${baseURL}/en/enquiry`;
  const hidden = await loadEnquiryForm(url);
  const message = `Double ${Date.now()}`;
  const [first, second] = await Promise.all([
    postEnquiry(url, { ...VALID_FIELDS, message }, hidden),
    postEnquiry(url, { ...VALID_FIELDS, message }, hidden),
  ]);
  expect([first.status, second.status]).toEqual([303, 303]);
  expect(first.location).toBe(second.location);
  expect(rowsWithMessage(message)).toHaveLength(1);
});

test('the honeypot refuses a bot with a way forward, and stores nothing', async ({ baseURL }) => {
  const message = `Bot ${Date.now()}`;
  const posted = await postEnquiry(`${baseURL}/en/enquiry`, { ...VALID_FIELDS, message, website: 'http://spam.example' });
  expect(posted.status).toBe(200);
  expect(posted.html).toContain(msg('en', 'enquiry.refused.spam').replaceAll('“', '&quot;').slice(0, 40).replaceAll('&quot;', '“'));
  expect(posted.html).toContain(msg('en', 'enquiry.directContact'));
  expect(rowsWithMessage(message)).toHaveLength(0);
});

test('a result link that cannot be read is not attached, and the visitor is told', async ({ page }) => {
  await page.goto(`/en/enquiry?result=${encodeURIComponent('/en/assessment/result?hosting=moon&v=1')}`);
  await expect(page.getByRole('note')).toHaveText(msg('en', 'enquiry.attachmentUnreadable'));
  await expect(page.getByRole('checkbox', { name: msg('en', 'enquiry.includeResult') })).toHaveCount(0);
});
