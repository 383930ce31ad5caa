import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { LOCALES, expectNoAxeViolations, msg, type Locale } from './support';
import { postEnquiry, VALID_FIELDS } from './enquiry-client';

// A marketplace with majority foreign ownership: its result is blocked (foreign cap) with one grey area.
const RESULT_QUERY =
  'activities=community,third-party-trade&foreign-share=over-50&forms=app,website&hosting=mainland&operator=mainland-company&pilot-zone=no&regions=one-province&revenue=commissions,subscriptions&sectors=none&v=1';
// Under ruleset 2, with "not sure" for hosting and foreign shareholding: the result states two assumptions.
const NOT_SURE_QUERY =
  'activities=others-publish&foreign-share=not-sure&forms=website&hosting=not-sure&operator=mainland-company&revenue=own-goods&sectors=current-affairs-news&v=2';
const PASSWORD = 'inbox e2e password 2026';
const STAFF = 'desk@consultancy.test';
const TARGET = 'target@consultancy.test';
const NAME = 'Inbox Test Visitor';

/** Creates a staff account with the operator's command against the E2E database (the password on stdin). */
function addStaff(email: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/inbox/staff-cli.ts', 'add', email], {
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
    env: { ...process.env, ENQUIRY_DB_PATH: process.env.E2E_ENQUIRY_DB, DATABASE_URL: '' },
  });
  // The other worker may have added it first.
  if (run.status !== 0 && !run.stderr.includes('already an account')) throw new Error(run.stderr);
}

function read<R>(sql: string, ...params: string[]): R | undefined {
  const db = new Database(process.env.E2E_ENQUIRY_DB!, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<string[], R>(sql).get(...params);
  } finally {
    db.close();
  }
}
const statusOf = (reference: string) => read<{ status: string }>('SELECT status FROM enquiries WHERE reference = ?', reference)?.status;

let reference = '';
/** An enquiry per journey (JavaScript on, off), each from its own phone number, with the not-sure result. */
const journeys: Record<'js' | 'no-js', { reference: string; phone: string; name: string }> = {
  js: { reference: '', phone: '', name: 'Journey Visitor JS' },
  'no-js': { reference: '', phone: '', name: 'Journey Visitor No JS' },
};
// Each worker runs beforeAll: a number of its own, so one worker's person is not the other's.
const phoneNumber = () => {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return `+86 137 ${digits.slice(0, 4)} ${digits.slice(4)}`;
};
// Signing in runs scrypt, which takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });
const expectSoon = expect.configure({ timeout: 20_000 });

test.beforeAll(async ({ baseURL }) => {
  addStaff(STAFF);
  addStaff(TARGET);
  // An enquiry sent from a result page, as a browser without JavaScript sends it.
  const resultPath = `/en/assessment/result?${RESULT_QUERY}`;
  const send = () =>
    postEnquiry(`${baseURL}/en/enquiry?result=${encodeURIComponent(resultPath)}`, {
      ...VALID_FIELDS,
      name: NAME,
      company: 'Inbox Marketplace Ltd',
    });
  // A busy server may drop a kept-alive connection; one retry with a fresh form is the same as a second visit.
  const sent = await send().catch(send);
  expect(sent.status).toBe(303);
  reference = new URL(sent.location!, baseURL).searchParams.get('ref')!;
  expect(reference).toMatch(/^E-/);
  for (const journey of Object.values(journeys)) {
    journey.phone = phoneNumber();
    const path = `/en/assessment/result?${NOT_SURE_QUERY}`;
    const post = () =>
      postEnquiry(`${baseURL}/en/enquiry?result=${encodeURIComponent(path)}`, {
        ...VALID_FIELDS,
        name: journey.name,
        email: '',
        phone: journey.phone,
        message: 'We publish news articles written by our users.\nDo we need a licence?',
      });
    const done = await post().catch(post);
    expect(done.status).toBe(303);
    journey.reference = new URL(done.location!, baseURL).searchParams.get('ref')!;
  }
});

async function signIn(page: Page, locale: Locale, email = STAFF, password = PASSWORD) {
  await page.goto(`/${locale}/inbox/sign-in`);
  await page.getByLabel(msg(locale, 'inbox.email')).fill(email);
  await page.getByLabel(msg(locale, 'inbox.password')).fill(password);
  await page.getByRole('button', { name: msg(locale, 'inbox.signIn') }).click();
}

/** The hidden fields of the form on `html` that has a field named `field`. */
function formFields(html: string, field: string): Record<string, string> {
  const form = html.split('<form').find((chunk) => chunk.includes(`name="${field}"`))!;
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g))
    fields[m[1]!] = (m[2] ?? '').replaceAll('&quot;', '"');
  return fields;
}

test.describe('signed out', () => {
  for (const locale of LOCALES) {
    test(`${locale}: every inbox address and action sends to sign-in and reveals nothing`, async ({ request, baseURL }) => {
      const paths = [
        '/inbox',
        '/inbox?status=new',
        '/inbox?q=138',
        '/inbox/dashboard',
        '/inbox/account',
        `/inbox/enquiry?ref=${reference}`,
        `/inbox/delete?ref=${reference}&scope=person`,
        '/inbox/export?format=csv',
        '/inbox/export?format=json',
        `/inbox/export?person=${reference}`,
      ];
      for (const path of paths) {
        const response = await request.get(`/${locale}${path}`, { maxRedirects: 0 });
        expect([303, 307], path).toContain(response.status());
        expect(new URL(response.headers().location!, baseURL).pathname, path).toBe(`/${locale}/inbox/sign-in`);
        expect(response.headers()['cache-control'], path).toMatch(/private.*no-store|no-store.*private/);
        // Nothing from the store: the page is the same for a real reference as for a made-up one.
        const body = await response.text();
        for (const secret of [NAME, 'Inbox Marketplace', VALID_FIELDS.email]) expect(body, path).not.toContain(secret);
      }
      const signInPage = await request.get(`/${locale}/inbox/sign-in`);
      expect(signInPage.headers()['cache-control']).toMatch(/no-store/);
      const html = await signInPage.text();
      for (const secret of [NAME, reference]) expect(html).not.toContain(secret);
      const real = await request.get(`/${locale}/inbox/enquiry?ref=${reference}`, { maxRedirects: 0 });
      const madeUp = await request.get(`/${locale}/inbox/enquiry?ref=E-0000-0000`, { maxRedirects: 0 });
      const normalise = async (r: typeof real, ref: string) => {
        const html = await r.text();
        const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? 'no nonce';
        return html.replaceAll(ref, 'REF').replaceAll(nonce, 'NONCE');
      };
      expect((await normalise(real, reference)) === (await normalise(madeUp, 'E-0000-0000'))).toBe(true);
    });
  }

  test('a forged cookie signs nobody in', async ({ request }) => {
    const response = await request.get('/en/inbox', { maxRedirects: 0, headers: { cookie: 'icp_staff=Fe26.2**forged' } });
    expect(response.status()).toBe(307);
  });
});

test('sign in, find the enquiry sent from a result, see its result, change its status, add a note, sign out', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/en/inbox');
  await expectSoon(page).toHaveURL(/\/en\/inbox\/sign-in$/);
  await signIn(page, 'en');
  await expectSoon(page).toHaveURL(/\/en\/inbox$/);
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'icp_staff');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(cookie!.value).not.toContain(STAFF);

  await page.getByLabel(msg('en', 'inbox.search')).fill(reference);
  await page.getByRole('button', { name: msg('en', 'inbox.apply') }).click();
  await expectSoon(page).toHaveURL(new RegExp(`q=${reference}`));
  const row = page.getByRole('listitem').filter({ hasText: reference });
  await expectSoon(row).toContainText(NAME);
  await expectSoon(row).toContainText(msg('en', 'inbox.statuses.new'));
  await expectSoon(row).toContainText(`${msg('en', 'assessment.verdicts.blocked.label')}: Foreign shareholding above the cap`);
  await page.getByLabel(msg('en', 'inbox.triage')).selectOption('clear');
  await page.getByRole('button', { name: msg('en', 'inbox.apply') }).click();
  await expectSoon(page.getByText(msg('en', 'inbox.none'))).toBeVisible();
  await page.getByLabel(msg('en', 'inbox.triage')).selectOption('blocked');
  await page.getByRole('button', { name: msg('en', 'inbox.apply') }).click();

  await page.getByRole('link', { name: reference }).click();
  await expectSoon(page).toHaveURL(new RegExp(`/en/inbox/enquiry\\?ref=${reference}`));
  await expectSoon(page.getByRole('heading', { level: 1 })).toContainText(NAME);
  await expectSoon(page.getByRole('heading', { name: msg('en', 'inbox.resultTitle') })).toBeVisible();
  await expectSoon(page.getByText(`${msg('en', 'inbox.verdict')}: ${msg('en', 'assessment.verdicts.blocked.label')}`)).toBeVisible();
  // The result report, from the stored classification.
  await expectSoon(page.getByRole('heading', { name: msg('en', 'result.needTitle') })).toBeVisible();
  await expectSoon(page.locator('#need-edi-licence')).toBeVisible();

  await page.getByLabel(msg('en', 'inbox.changeStatus')).selectOption('in-progress');
  await page.getByRole('button', { name: msg('en', 'inbox.saveStatus') }).click();
  await expectSoon(page.getByRole('status')).toHaveText(msg('en', 'inbox.savedMessages.status'));
  await expectSoon(page.locator('#history').locator('..')).toContainText(`${STAFF} set the status to “In progress”`);
  expect(statusOf(reference)).toBe('in-progress');
  await page.getByLabel(msg('en', 'inbox.noteLabel')).fill('Called back; sending a quote.');
  await page.getByRole('button', { name: msg('en', 'inbox.saveNote') }).click();
  await expectSoon(page.getByText('Called back; sending a quote.')).toBeVisible();

  const exported = await page.request.get(`/en/inbox/export?ref=${reference}&format=json`);
  expect(exported.headers()['cache-control']).toBe('private, no-store');
  expect((await exported.json())[0]).toMatchObject({ reference, name: NAME, status: 'in-progress', triage: 'blocked' });

  await page.getByRole('button', { name: msg('en', 'inbox.signOut') }).click();
  await expectSoon(page).toHaveURL(/\/en\/inbox\/sign-in$/);
  const after = await page.request.get(`${baseURL}/en/inbox`, { maxRedirects: 0 });
  expect(after.status()).toBe(307);
});

test('wrong passwords are limited, for the guessing client only', async ({ browser }) => {
  const attacker = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' } });
  const page = await attacker.newPage();
  for (let i = 0; i < 5; i++) {
    await signIn(page, 'en', TARGET, `wrong password ${i}`);
    await expectSoon(page.locator('main [role="alert"]')).toHaveText(msg('en', 'inbox.wrong'));
  }
  // Locked now, even with the right password: the sixth attempt is refused before it is checked.
  await signIn(page, 'en', TARGET, PASSWORD);
  await expectSoon(page.locator('main [role="alert"]')).toContainText('Too many failed attempts');
  await expectSoon(page.getByLabel(msg('en', 'inbox.email'))).toHaveValue(TARGET);
  await attacker.close();
  // The member of staff, from another address, is not locked out.
  const staff = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.44' } });
  const own = await staff.newPage();
  await signIn(own, 'en', TARGET, PASSWORD);
  await expectSoon(own).toHaveURL(/\/en\/inbox$/);
  await staff.close();
});

async function postStatus(request: APIRequestContext, url: string, fields: Record<string, string>, origin: string) {
  return request.post(url, { multipart: fields, headers: { origin }, maxRedirects: 0 });
}

test('a cross-site POST to an inbox action is refused', async ({ page, baseURL }) => {
  await signIn(page, 'en');
  await expectSoon(page).toHaveURL(/\/en\/inbox$/);
  const url = `${baseURL}/en/inbox/enquiry?ref=${reference}`;
  await page.goto(url);
  const before = statusOf(reference);
  const fields = { ...formFields(await page.content(), 'status'), status: 'closed' };
  const forged = await postStatus(page.request, url, fields, 'http://evil.example');
  expect(forged.status()).toBe(403);
  expect(statusOf(reference)).toBe(before);
  // The same request from the site itself goes through: the refusal was the origin's doing.
  const own = await postStatus(page.request, url, fields, new URL(baseURL!).origin);
  expect(own.status()).toBe(303);
  expect(statusOf(reference)).toBe('closed');
});

for (const locale of LOCALES) {
  test(`${locale}: the inbox pages pass axe`, async ({ page }) => {
    await page.goto(`/${locale}/inbox/sign-in`);
    await expectNoAxeViolations(page);
    await signIn(page, locale);
    await expectSoon(page).toHaveURL(new RegExp(`/${locale}/inbox$`));
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/inbox/enquiry?ref=${reference}`);
    await expectSoon(page.getByRole('heading', { name: msg(locale, 'inbox.resultTitle') })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/inbox/dashboard`);
    await expectSoon(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'inbox.dashboardTitle'));
    await expectNoAxeViolations(page);
  });
}

test('the dashboard counts assessments without cookies', async ({ page, request }) => {
  const started = await request.get('/en/assessment/q/hosting');
  expect(started.headers()['set-cookie']).toBeUndefined();
  await request.get(`/en/assessment/result?${RESULT_QUERY}`);
  await signIn(page, 'en');
  await expectSoon(page).toHaveURL(/\/en\/inbox$/);
  await page.goto('/en/inbox/dashboard');
  const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
  await expectSoon(row(msg('en', 'inbox.started'))).not.toContainText(/\b0$/);
  await expectSoon(row(msg('en', 'assessment.verdicts.blocked.label').replace(/[()]/g, '.'))).toBeVisible();
});

test('the confirmation page shows a reference only when it is stored, and reads the same otherwise', async ({ page }) => {
  await page.goto(`/en/enquiry/sent?ref=${reference}`);
  await expectSoon(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'enquiry.sentTitle'));
  await expectSoon(page.getByText(reference)).toBeVisible();
  await page.goto('/en/enquiry/sent?ref=E-0000-0000');
  await expectSoon(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'enquiry.sentTitle'));
  await expectSoon(page.getByRole('heading', { name: msg('en', 'enquiry.nextTitle') })).toBeVisible();
  await expectSoon(page.getByText('E-0000-0000')).toHaveCount(0);
  await expectSoon(page.getByText(msg('en', 'enquiry.sentReference'))).toHaveCount(0);
});

for (const locale of LOCALES) {
  test(`${locale}: the About us page, from site.yaml, says its details are examples and names the reviewer`, async ({ page }) => {
    await page.goto(`/${locale}/about`);
    await expectSoon(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'about.title'));
    await expectSoon(page.getByText(msg(locale, 'about.exampleNotice'))).toBeVisible();
    await expectSoon(page.getByRole('heading', { name: msg(locale, 'about.servicesTitle') })).toBeVisible();
    await expectSoon(page.getByText(locale === 'en' ? 'Example Reviewer' : '示例审阅人')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/guides/filing-or-licence`);
    await expectSoon(page.getByText(locale === 'en' ? /Last reviewed by Example Reviewer/ : /最近审阅：示例审阅人/)).toBeVisible();
  });
}

const deletionLogged = (ref: string) =>
  read<{ actor: string; scope: string }>('SELECT actor, scope FROM deletion_log WHERE reference = ?', ref);

for (const mode of ['js', 'no-js'] as const) {
  test(`${mode}: find by phone, assign, read the answers and assumptions, export, delete; a second account sees it`, async ({
    browser,
  }) => {
    const journey = journeys[mode];
    const context = await browser.newContext({ javaScriptEnabled: mode === 'js' });
    const page = await context.newPage();
    await signIn(page, 'en');
    await expectSoon(page).toHaveURL(/\/en\/inbox$/);
    // The inbox's own frame: no public navigation, no site footer.
    await expectSoon(page.getByRole('navigation', { name: msg('en', 'a11y.mainNav') })).toHaveCount(0);
    await expectSoon(page.getByRole('contentinfo')).toHaveCount(0);

    // Found by the phone number, typed the way the caller reads it out.
    await page.getByLabel(msg('en', 'inbox.search')).fill(journey.phone.replace('+86 ', '').replaceAll(' ', '-'));
    await page.getByRole('button', { name: msg('en', 'inbox.apply') }).click();
    const item = page.getByRole('listitem').filter({ hasText: journey.reference });
    await expectSoon(item).toContainText(journey.name);
    await expectSoon(item).toContainText('We publish news articles written by our users.');
    await expectSoon(item).toContainText(/GMT\+8/);
    await expectSoon(page.getByRole('listitem').filter({ hasText: reference })).toHaveCount(0);
    await item.getByRole('link', { name: journey.reference }).click();
    await expectSoon(page.getByRole('heading', { level: 1 })).toContainText(journey.name);

    // The case as the visitor saw it: their answers in the staff member's language and each "not sure" assumption.
    await expectSoon(page.getByRole('heading', { name: msg('en', 'inbox.answersTitle') })).toBeVisible();
    const answers = page.locator('#answers + dl');
    await expectSoon(answers).toContainText(msg('en', 'assessment.questions.hosting.title'));
    await expectSoon(answers).toContainText(msg('en', 'assessment.questions.hosting.options.not-sure.label'));
    const assumed = page.locator('#assumptions ~ ul').first();
    await expectSoon(assumed).toContainText(
      msg('en', 'inbox.assumedAnswer', { answer: msg('en', 'assessment.questions.hosting.options.mainland.label') }),
    );
    await expectSoon(assumed).toContainText(msg('en', 'assessment.questions.foreign-share.title'));
    await expectSoon(page.getByRole('link', { name: msg('en', 'inbox.resultAsIssued', { version: '2' }) })).toHaveAttribute(
      'href',
      /^\/en\/result\/2-/,
    );

    // Assigned to the colleague; the history says who did it.
    await page.getByLabel(msg('en', 'inbox.ownerLabel'), { exact: true }).selectOption({ label: TARGET });
    await page.getByRole('button', { name: msg('en', 'inbox.saveOwner') }).click();
    await expectSoon(page.getByRole('status')).toHaveText(msg('en', 'inbox.savedMessages.owner'));
    await expectSoon(page.locator('#history').locator('..')).toContainText(`${STAFF} gave it to ${TARGET}`);

    // The colleague, in their own browser, finds it among theirs.
    const colleague = await browser.newContext({ javaScriptEnabled: mode === 'js' });
    const other = await colleague.newPage();
    await signIn(other, 'en', TARGET);
    await expectSoon(other).toHaveURL(/\/en\/inbox$/);
    await other.goto('/en/inbox?owner=me');
    await expectSoon(other.getByRole('listitem').filter({ hasText: journey.reference })).toContainText(TARGET);

    // Everything about the person, as JSON.
    const exported = await page.request.get(`/en/inbox/export?person=${journey.reference}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['cache-control']).toBe('private, no-store');
    expect(exported.headers()['content-disposition']).toContain('attachment');
    const data = await exported.json();
    expect(data.enquiries.map((e: { reference: string }) => e.reference)).toEqual([journey.reference]);
    expect(data.enquiries[0]).toMatchObject({ phone: journey.phone, owner: TARGET, status: 'new' });
    expect(data.enquiries[0].history[0]).toMatchObject({ kind: 'owner', owner: TARGET, actor: STAFF });

    // Deleted after a confirmation that says what goes and what the site cannot delete.
    await page.getByRole('link', { name: msg('en', 'inbox.deleteOne') }).click();
    await expectSoon(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'inbox.deleteTitle'));
    await expectSoon(page.getByRole('main')).toContainText(journey.reference);
    await expectSoon(page.getByText(msg('en', 'inbox.backups'))).toBeVisible();
    await expectSoon(page.getByText(msg('en', 'inbox.copyNone'))).toBeVisible();
    // inbox.deleteButton for one enquiry (a plural message, which msg() does not format).
    const button = page.getByRole('button', { name: 'Delete 1 enquiry' });
    await page.getByLabel(msg('en', 'inbox.confirmDelete')).check();
    await button.click();
    await expectSoon(page).toHaveURL(/\/en\/inbox\?deleted=1$/);
    await expectSoon(page.getByRole('status').first()).toContainText('1 enquiry was deleted');
    expect(read('SELECT id FROM enquiries WHERE reference = ?', journey.reference)).toBeUndefined();
    expect(deletionLogged(journey.reference)).toEqual({ actor: STAFF, scope: 'enquiry' });
    await page.getByLabel(msg('en', 'inbox.search')).fill(journey.phone);
    await page.getByRole('button', { name: msg('en', 'inbox.apply') }).click();
    await expectSoon(page.getByText(msg('en', 'inbox.none'))).toBeVisible();

    // The colleague sees it gone, and the deletion on the dashboard (reference, who, when; nothing personal).
    await other.reload();
    await expectSoon(other.getByRole('listitem').filter({ hasText: journey.reference })).toHaveCount(0);
    await other.goto(`/en/inbox/enquiry?ref=${journey.reference}`);
    await expectSoon(other.getByText(msg('en', 'inbox.notFound'))).toBeVisible();
    await other.goto('/en/inbox/dashboard');
    const logged = other.getByRole('listitem').filter({ hasText: journey.reference });
    await expectSoon(logged).toContainText(STAFF);
    await expectSoon(logged).not.toContainText(journey.name);
    await colleague.close();
    await context.close();
  });
}

test('every new staff action refuses a signed-out request, and changes nothing', async ({ page, playwright, baseURL }) => {
  await signIn(page, 'en');
  await expectSoon(page).toHaveURL(/\/en\/inbox$/);
  // The forms as the server sends them (with the server action's hidden fields), read with the signed-in session.
  const html = async (url: string) => (await page.request.get(url)).text();
  const enquiryUrl = `${baseURL}/en/inbox/enquiry?ref=${reference}`;
  const enquiryHtml = await html(enquiryUrl);
  const deleteHtml = await html(`${baseURL}/en/inbox/delete?ref=${reference}&scope=enquiry`);
  const accountHtml = await html(`${baseURL}/en/inbox/account`);
  const before = read<{ status: string; owner_id: string | null }>(
    'SELECT status, owner_id FROM enquiries WHERE reference = ?',
    reference,
  )!;
  const anonymous = await playwright.request.newContext({ baseURL });
  const origin = new URL(baseURL!).origin;
  const posts: Array<[string, string, string, Record<string, string>]> = [
    ['owner', enquiryUrl, enquiryHtml, { owner: 'none' }],
    ['note', enquiryUrl, enquiryHtml, { note: 'forged note' }],
    ['status', enquiryUrl, enquiryHtml, { status: 'answered' }],
    ['confirm', `${baseURL}/en/inbox/delete?ref=${reference}&scope=enquiry`, deleteHtml, { confirm: 'yes' }],
    [
      'current',
      `${baseURL}/en/inbox/account`,
      accountHtml,
      { current: PASSWORD, next: 'forged new passphrase', confirm: 'forged new passphrase' },
    ],
    [
      'role',
      `${baseURL}/en/inbox/account`,
      accountHtml,
      { email: 'intruder@evil.example', password: 'forged new passphrase', role: 'owner' },
    ],
  ];
  for (const [field, url, html, values] of posts) {
    const response = await anonymous.post(url, {
      multipart: { ...formFields(html, field), ...values },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(response.status(), field).toBe(303);
    expect(new URL(response.headers().location!, baseURL).pathname, field).toBe('/en/inbox/sign-in');
  }
  await anonymous.dispose();
  expect(read('SELECT status, owner_id FROM enquiries WHERE reference = ?', reference)).toEqual(before);
  expect(read('SELECT id FROM enquiries WHERE reference = ?', reference)).toBeDefined();
  expect(read("SELECT id FROM enquiry_events WHERE note = 'forged note'")).toBeUndefined();
  expect(read("SELECT id FROM staff_users WHERE email = 'intruder@evil.example'")).toBeUndefined();
  // The account form was the owner's: their password still signs in.
  await page.getByRole('button', { name: msg('en', 'inbox.signOut') }).click();
  await signIn(page, 'en');
  await expectSoon(page).toHaveURL(/\/en\/inbox$/);
});
