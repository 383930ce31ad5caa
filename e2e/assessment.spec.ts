import { test, expect, type Page } from '@playwright/test';
import { LOCALES, msg, otherLocales, type Locale, JOURNEY_MODES } from './support';
import { decodeAnswers } from '../lib/assessment/codec';
import { QUESTIONS } from '../lib/assessment/questions';
import type { Question } from '../lib/assessment/types';
import { firstQuestionHref, nextHref, questionHref } from '../lib/addresses/urls';

/** A free, self-promotional company website hosted in the mainland: filing only. */
const BROCHURE: [question: string, options: string[]][] = [
  ['forms', ['website']],
  ['hosting', ['mainland']],
  ['operator', ['mainland-company']],
  ['foreign-share', ['none']],
  ['activities', ['none-of-these']],
  ['revenue', ['none']],
  ['sectors', ['none']],
  ['location', ['beijing']],
];

/** The brochure site's answers as the site encodes them: keys sorted, version last. */
const BROCHURE_QUERY =
  'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=beijing&operator=mainland-company&revenue=none&sectors=none&v=3';
/** Its short permanent link (ruleset version 3): what every result link on the site is. */
const BROCHURE_CODE = '3-7gm000004380mg18';
const brochurePath = (locale: Locale) => `/${locale}/result/${BROCHURE_CODE}`;
/** The same site as version 2 asked it (no activity, no place): a link issued before version 3, and its short code. */
const V2_BROCHURE_QUERY =
  'activities=none&foreign-share=none&forms=website&hosting=mainland&operator=mainland-company&revenue=none&sectors=none&v=2';
const V2_BROCHURE_CODE = '2-s0001j001yp7';
/** Four answers in: an individual's website hosted in the mainland, no activity listed, at the revenue question. */
const INDIVIDUAL_QUERY = 'activities=none-of-these&forms=website&hosting=mainland&operator=individual&v=3';
const individualAt = (locale: Locale, question: string) =>
  questionHref(locale, question, decodeAnswers(new URLSearchParams(INDIVIDUAL_QUERY)).answers);

const option = (locale: Locale, question: string, id: string) => msg(locale, `assessment.questions.${question}.options.${id}.label`);
const title = (locale: Locale, question: string) => msg(locale, `assessment.questions.${question}.title`);
const obligation = (locale: Locale, id: string) => msg(locale, `assessment.obligations.${id}.label`);
/** On a result page the answers sit one tap away, in a <details>. */
const openAnswers = (page: Page, locale: Locale) =>
  page.locator('summary', { hasText: msg(locale, 'decision.details.answersTitle') }).click();

/** Questions answered from a list (the province): a select, not boxes. */
const SELECTS: ReadonlySet<string> = new Set((QUESTIONS as readonly Question[]).filter((q) => q.display === 'select').map((q) => q.id));

async function answer(page: Page, locale: Locale, question: string, options: string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, question));
  if (SELECTS.has(question)) await page.getByRole('combobox').selectOption(options);
  else for (const id of options) await page.getByLabel(option(locale, question, id), { exact: true }).check();
  await page.getByRole('button', { name: msg(locale, 'wizard.continue') }).click();
}

async function expectBrochureResult(page: Page, locale: Locale) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'result.title'));
  const need = page.getByRole('region', { name: msg(locale, 'result.needTitle'), exact: true });
  await expect(need.getByRole('heading', { name: obligation(locale, 'icp-filing'), exact: true })).toBeVisible();
  await expect(need.getByRole('heading', { name: obligation(locale, 'psb-filing'), exact: true })).toBeVisible();
  await expect(need.getByRole('heading', { name: obligation(locale, 'icp-licence'), exact: true })).toHaveCount(0);
  const notNeeded = page.getByRole('region', { name: msg(locale, 'result.notNeededTitle'), exact: true });
  await expect(notNeeded.getByRole('heading', { name: obligation(locale, 'icp-licence'), exact: true })).toBeVisible();
}

for (const { locale, javaScriptEnabled } of JOURNEY_MODES) {
  test.describe(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the whole questionnaire leads to a result that a fresh browser sees the same, in either language', async ({ page, browser }) => {
      await page.goto(`/${locale}/assessment`);
      await page.getByRole('link', { name: msg(locale, 'wizard.start') }).click();
      await expect(page).toHaveURL((url) => url.pathname === firstQuestionHref(locale) && url.search === '');
      // With JavaScript the form moves in place: this mark survives every step unless a page loads afresh.
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { __stay?: boolean }).__stay = true));

      // Submitting nothing gives an error tied to the field, with a summary; nothing else is lost.
      await page.getByRole('button', { name: msg(locale, 'wizard.continue') }).click();
      await expect(page.getByRole('main').getByRole('alert')).toContainText(
        msg(locale, 'wizard.errors.requiredMulti', { none: option(locale, 'forms', 'none') }),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, 'forms'));

      // Each answer moves to the next question's canonical address: the code of the answers so far, no query.
      const given: [string, string][] = [];
      for (const [question, options] of BROCHURE) {
        await answer(page, locale, question, options);
        given.push([question, options.join(',')]);
        const next = nextHref(locale, decodeAnswers(new URLSearchParams(given)).answers);
        await expect(page).toHaveURL((url) => url.pathname === next && url.search === '');
      }
      await expectBrochureResult(page, locale);
      if (javaScriptEnabled) expect(await page.evaluate(() => (window as unknown as { __stay?: boolean }).__stay)).toBe(true);
      const url = new URL(page.url());
      // The short permanent link: what fits a chat message, a QR code and a phone call.
      expect(url.pathname).toBe(brochurePath(locale));
      expect(url.pathname.length + url.search.length).toBeLessThanOrEqual(60);

      // The same link in a fresh context (no cookies, no storage) and in the other language shows the same result.
      const other: Locale = otherLocales(locale)[0]!;
      const fresh = await browser.newContext({ javaScriptEnabled });
      const colleague = await fresh.newPage();
      await colleague.goto(url.pathname.replace(`/${locale}/`, `/${other}/`) + url.search);
      await expectBrochureResult(colleague, other);
      await fresh.close();
    });

    test('after a question is answered, the keyboard starts at the next question', async ({ page }) => {
      await page.goto(firstQuestionHref(locale));
      await answer(page, locale, 'forms', ['website']);
      const heading = page.getByRole('heading', { level: 1, name: title(locale, 'hosting') });
      await expect(heading).toBeVisible();
      if (javaScriptEnabled) {
        // Answered in place: focus moves to the next question's heading, so Tab goes on to its options.
        await expect(heading).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(page.getByLabel(option(locale, 'hosting', 'mainland'), { exact: true })).toBeFocused();
      } else {
        // A new page: the browser starts at its top, where the skip link leads to the question.
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: msg(locale, 'a11y.skipLink') })).toBeFocused();
      }
    });
  });
}

for (const locale of LOCALES) {
  test(`${locale}: Change returns to the question with the answer filled in, keeps later answers, and the result follows`, async ({
    page,
  }) => {
    await page.goto(brochurePath(locale));
    await expectBrochureResult(page, locale);
    await openAnswers(page, locale);
    await expect(page.locator('details', { hasText: msg(locale, 'decision.details.answersTitle') })).toContainText(
      option(locale, 'revenue', 'none'),
    );
    // One link opens the last question, which lists every earlier answer with its own Change link.
    await page.getByRole('link', { name: msg(locale, 'decision.details.changeAnswers') }).click();
    await page.getByRole('link', { name: msg(locale, 'wizard.changeAnswer', { question: title(locale, 'revenue') }) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, 'revenue'));
    await expect(page.getByLabel(option(locale, 'revenue', 'none'), { exact: true })).toBeChecked();
    await page.getByLabel(option(locale, 'revenue', 'none'), { exact: true }).uncheck();
    await page.getByLabel(option(locale, 'revenue', 'content-fees'), { exact: true }).check();
    await page.getByRole('button', { name: msg(locale, 'wizard.continue') }).click();
    // Fees for content make the service commercial, so the questions about where it operates now apply.
    await answer(page, locale, 'operations', ['one-province']);
    await answer(page, locale, 'users', ['local']);
    const need = page.getByRole('region', { name: msg(locale, 'result.needTitle'), exact: true });
    await expect(need.getByRole('heading', { name: obligation(locale, 'icp-licence'), exact: true })).toBeVisible();
    // Earlier answers were kept: the summary still shows the forms answer.
    await openAnswers(page, locale);
    await expect(page.locator('details', { hasText: msg(locale, 'decision.details.answersTitle') })).toContainText(
      option(locale, 'forms', 'website'),
    );
  });

  test.describe(`${locale}, JavaScript off`, () => {
    test.use({ javaScriptEnabled: false });
    test('Change shows the saved answer checked, and a refused answer keeps the ticked boxes', async ({ page }) => {
      await page.goto(brochurePath(locale));
      await openAnswers(page, locale);
      await page.getByRole('link', { name: msg(locale, 'decision.details.changeAnswers') }).click();
      await page.getByRole('link', { name: msg(locale, 'wizard.changeAnswer', { question: title(locale, 'hosting') }) }).click();
      await expect(page.getByLabel(option(locale, 'hosting', 'mainland'), { exact: true })).toBeChecked();
      await expect(page).toHaveURL((url) => url.pathname.startsWith(`/${locale}/assessment/q/hosting/`) && url.search === '');
      // The question's own form, answered with "none" and another option: refused with 400, the boxes kept.
      await page.goto(individualAt(locale, 'revenue'));
      await page.getByLabel(option(locale, 'revenue', 'none'), { exact: true }).check();
      await page.getByLabel(option(locale, 'revenue', 'advertising'), { exact: true }).check();
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('step=revenue')),
        page.getByRole('button', { name: msg(locale, 'wizard.continue') }).click(),
      ]);
      expect(refused.status()).toBe(400);
      await expect(page.getByRole('main').getByRole('alert')).toContainText(
        msg(locale, 'wizard.errors.exclusive-combined', { none: option(locale, 'revenue', 'none') }),
      );
      await expect(page.getByLabel(option(locale, 'revenue', 'none'), { exact: true })).toBeChecked();
      await expect(page.getByLabel(option(locale, 'revenue', 'advertising'), { exact: true })).toBeChecked();
      await expect(page).toHaveTitle(new RegExp(`^${msg(locale, 'wizard.errorTitlePrefix')}`));
    });
  });

  test(`${locale}: the browser Back button returns to the previous question`, async ({ page }) => {
    await page.goto(`/${locale}/assessment`);
    await page.getByRole('link', { name: msg(locale, 'wizard.start') }).click();
    await answer(page, locale, 'forms', ['website']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, 'hosting'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, 'forms'));
  });

  test(`${locale}: an invalid link gets status 400, says what is wrong and links to fix it`, async ({ page }) => {
    const response = await page.goto(`/${locale}/assessment/result?hosting=moon&forms=website&zzz=1&v=2`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'result.invalidTitle'));
    await expect(page.getByRole('main').getByRole('alert')).toContainText(title(locale, 'hosting'));
    await page.getByRole('link', { name: msg(locale, 'result.fixAnswer') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(locale, 'hosting'));
  });

  test(`${locale}: a long link of the first release opens the same result at its short link`, async ({ page }) => {
    const response = await page.goto(`/${locale}/assessment/result?${V2_BROCHURE_QUERY}`);
    expect(response?.request().redirectedFrom()?.url()).toContain('/assessment/result?');
    expect(new URL(page.url()).pathname).toBe(`/${locale}/result/${V2_BROCHURE_CODE}`);
    await expectBrochureResult(page, locale);
  });

  test(`${locale}: a link of ruleset version 1 opens as issued, says what the current rules change, and leads to the current result`, async ({
    page,
  }) => {
    const v1 = V2_BROCHURE_QUERY.replace('v=2', 'v=1');
    await page.goto(`/${locale}/assessment/result?${v1}`);
    // The first release's short code for the same answers: read under version 1's frozen questions.
    expect(new URL(page.url()).pathname).toBe(`/${locale}/result/1-r0006001n5p`);
    await expectBrochureResult(page, locale);
    await expect(page.locator('#rules-updated')).toBeVisible();
    await page.getByRole('link', { name: msg(locale, 'ruleChanges.banner.cta') }).click();
    // Wait for the navigation itself: the result as issued would pass the check below too. The current rules ask more
    // (where the company is), so the current result is of the answers carried over, the new ones as "not sure".
    await expect(page).toHaveURL((url) => url.pathname.startsWith(`/${locale}/result/${BROCHURE_CODE.split('-')[0]}-`));
    await expectBrochureResult(page, locale);
  });

  test(`${locale}: a mistyped result code opens nothing and says so, with a way back`, async ({ page }) => {
    const response = await page.goto(`/${locale}/result/${BROCHURE_CODE.slice(0, -1)}q`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'start the self-assessment' })).toBeVisible();
  });

  test(`${locale}: a result link pasted in capitals with a chat app's closing bracket opens the result`, async ({ page }) => {
    const response = await page.goto(`/${locale}/result/${BROCHURE_CODE.toUpperCase()}）`);
    expect(response?.request().redirectedFrom()).not.toBeNull();
    expect(new URL(page.url()).pathname).toBe(`/${locale}/result/${BROCHURE_CODE}`);
    await expectBrochureResult(page, locale);
  });

  test(`${locale}: a link from an older ruleset says the rules changed and re-checks in one click`, async ({ page }) => {
    await page.goto(`/${locale}/assessment/result?${BROCHURE_QUERY.replace('v=3', 'v=0')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'result.outdatedTitle'));
    await page.getByRole('link', { name: msg(locale, 'result.recheck') }).click();
    await expectBrochureResult(page, locale);
  });

  test(`${locale}: the result hands the link to the enquiry form and the contact page, and the language switch keeps the answers`, async ({
    page,
  }) => {
    const path = brochurePath(locale);
    await page.goto(path);
    await page.getByRole('link', { name: msg(locale, 'result.consultCta') }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/enquiry\\?result=`));
    await expect(page.getByRole('region', { name: msg(locale, 'enquiry.attachmentTitle') }).getByRole('link')).toHaveAttribute(
      'href',
      path,
    );
    // The contact page keeps the link too (a long one is shortened), and its "Ask a consultant" carries it on to the form.
    await page.goto(`/${locale}/contact?result=${encodeURIComponent(`/${locale}/assessment/result?${BROCHURE_QUERY}`)}`);
    await expect(page.getByRole('region', { name: msg(locale, 'contact.resultTitle') }).getByRole('link')).toHaveAttribute('href', path);
    await page.getByRole('link', { name: msg(locale, 'contact.askCta'), exact: true }).click();
    await expect(page.getByRole('region', { name: msg(locale, 'enquiry.attachmentTitle') })).toContainText(path);
    await page.goto(path);
    const other: Locale = otherLocales(locale)[0]!;
    await page.getByRole('link', { name: msg(other, 'languageSwitch.readInThisLanguage') }).click();
    await expect(page).toHaveURL(brochurePath(other));
    await expectBrochureResult(page, other);
  });
}

test('question pages live at their canonical address: old query links move there (308), answers move on (303)', async ({ request }) => {
  const at = async (url: string) => {
    const response = await request.get(url, { maxRedirects: 0 });
    return [response.status(), response.headers().location ?? null];
  };
  // The legacy start and the first wave's query links.
  expect(await at('/en/assessment/q/hosting?v=2')).toEqual([308, firstQuestionHref('en')]);
  expect(await at(`/zh/assessment/q/revenue?${INDIVIDUAL_QUERY}`)).toEqual([308, individualAt('zh', 'revenue')]);
  // A form submission that reads moves on with 303 See Other, to the next question's address or the result.
  expect(await at(`/en/assessment/q/revenue?${INDIVIDUAL_QUERY}&revenue=none&step=revenue`)).toEqual([
    303,
    nextHref('en', decodeAnswers(new URLSearchParams(`${INDIVIDUAL_QUERY}&revenue=none`)).answers),
  ]);
  expect(await at(`/en/assessment/q/location?${BROCHURE_QUERY}&step=location`)).toEqual([303, brochurePath('en')]);
  // The canonical address is served as it is; a mistyped code opens nothing and says so, with a way back.
  const page = await request.get(individualAt('en', 'revenue'), { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  const code = individualAt('en', 'revenue').split('/').at(-1)!;
  const typo = await request.get(`/en/assessment/q/revenue/${code.slice(0, -1)}${code.endsWith('q') ? 'r' : 'q'}`);
  expect(typo.status()).toBe(404);
  expect(await typo.text()).toContain('href="/en/assessment"');
});

test('question and result pages are not indexed', async ({ page }) => {
  await page.goto(firstQuestionHref('en'));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto(brochurePath('en'));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test.describe('JSON API', () => {
  test('returns the classification for a complete answer set', async ({ request }) => {
    const response = await request.get(`/api/assessment?${BROCHURE_QUERY}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    const ids = body.classification.obligations.map((o: { id: string }) => o.id);
    expect(ids).toContain('icp-filing');
    expect(ids).not.toContain('icp-licence');
    expect(body.links.zh).toMatch(/\/zh\/result\/\d+-[0-9a-z]+$/);
    // The short link's own JSON is the same, and every result page points to it.
    const byCode = await request.get(`/api/assessment/${body.code}`);
    expect(await byCode.json()).toEqual(body);
  });

  test('each result page names its JSON as an alternate', async ({ page, request }) => {
    await page.goto(brochurePath('en'));
    const href = await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href');
    expect(new URL(href!).pathname).toBe(`/api/assessment/${BROCHURE_CODE}`);
    expect((await request.get(new URL(href!).pathname)).status()).toBe(200);
  });

  test('answers bad input with 400 and the validation issues', async ({ request }) => {
    const response = await request.get('/api/assessment?hosting=moon&forms=website');
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.issues).toContainEqual(expect.objectContaining({ question: 'hosting', code: 'invalid-option' }));
    const incomplete = await request.get('/api/assessment?hosting=mainland');
    expect(incomplete.status()).toBe(400);
    expect((await incomplete.json()).error).toBe('incomplete');
  });
});

test('mangled links never produce a server error, and always offer a way forward', async ({ request }) => {
  const urls = [
    '/en/assessment/q/%E0%A4%A',
    '/zh/%E0%A4%A',
    '/en/assessment/result?__proto__=1&constructor=x&hosting[]=1',
    '/en/assessment/q/__proto__',
    `/zh/assessment/result?v=${'9'.repeat(3000)}`,
    '/en/assessment/q/hosting?hosting=mainland&hosting=offshore&step=hosting',
    '/en/assessment/q/hosting/2-zz',
    '/en/assessment/q/forms/9-000',
    '/en/assessment/q/2-000/hosting',
    '/en/assessment/result?revenue=none,advertising&hosting=mainland&forms=website&operator=individual&activities=none&sectors=none&v=2',
    '/en/contact?result=javascript:alert(1)',
    '/en/assessment/result?%ZZ=1',
    '/api/assessment?forms=website,website,app&hosting=%00',
  ];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBeLessThan(500);
    if (response.status() >= 400 && !url.startsWith('/api/')) expect(await response.text(), url).toMatch(/href="\/(en|zh)(\/[a-z/-]*)?"/);
  }
});
