import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../playwright.config';
import { expectNoAxeViolations, LOCALES, msg, type Locale } from './support';
import { startSmtpSink, type SmtpMessage } from '../lib/enquiries/testing/receivers';
import { readMail, watchLinks, type ReadMail } from '../lib/watch/testing/mail';
import { DECISION_CASES } from '../lib/assessment/testing/decision-cases';
import { resultCode } from '../lib/addresses/result-link';

// E-mail alerts need SMTP and a public address, which the shared test server has neither of: this spec starts its own
// server, with a real SMTP receiver, at an address that is not a placeholder (watch.test, which the browser maps to
// this machine), so the links in the e-mails open as they are.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const HOST = 'watch.test';
const SITE = `http://${HOST}:${PORT}`;
const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');
// A result with dated duties: the launch date and the licence's grant date are asked.
const CODE = resultCode(DECISION_CASES.marketplace);

let server: ChildProcess;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let dbPath: string;

test.describe.configure({ mode: 'serial' });
test.use({
  baseURL: SITE,
  launchOptions: {
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  },
});

test.beforeAll(async () => {
  test.setTimeout(90_000);
  smtp = await startSmtpSink();
  dbPath = join(mkdtempSync(join(tmpdir(), 'icp-watch-e2e-')), 'enquiries.sqlite');
  server = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: SITE,
      ENQUIRY_DB_PATH: dbPath,
      ENQUIRY_SMTP_URL: smtp.url,
      ENQUIRY_MAIL_TO: 'desk@consultancy.test',
      ENQUIRY_MAIL_FROM: 'alerts@consultancy.test',
      ENQUIRY_POLL_MS: '200',
      WATCH_RATE_LIMIT: '1000',
      WATCH_EMAIL_LIMIT: '1000',
    },
    detached: true,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await siteRequest('GET', `${SITE}/en`)).status === 200) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('the alerts server did not start');
    await new Promise((r) => setTimeout(r, 300));
  }
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await smtp?.close();
});

/** The next message to an address (waits for the server's outbox), read back. */
async function mailTo(address: string, seen: number): Promise<ReadMail & { raw: SmtpMessage }> {
  await expect.poll(() => smtp.messages.filter((m) => m.to.includes(address)).length, { timeout: 15_000 }).toBeGreaterThan(seen);
  const raw = smtp.messages.filter((m) => m.to.includes(address))[seen]!;
  return { ...readMail(raw.raw), raw };
}
/** A request as a mail program or a link scanner sends it: from outside the browser, to the site's own address. */
function siteRequest(
  method: 'GET' | 'POST',
  url: string,
  body?: string,
): Promise<{ status: number; location: string | undefined; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: PORT,
        method,
        path: `${target.pathname}${target.search}`,
        headers: {
          host: target.host,
          ...(body !== undefined && { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const sentTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address)).length;

function subscriptions(
  address: string,
): Array<{ result_code: string; consent_at: string | null; launch_date: string | null; locale: string }> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT result_code, consent_at, launch_date, locale FROM watch_subscriptions WHERE email = ?`).all(address) as never;
  } finally {
    db.close();
  }
}

async function subscribeOnResult(page: Page, locale: Locale, address: string, launch: string) {
  await page.goto(`/${locale}/result/${CODE}`);
  const section = page.getByRole('region', { name: msg(locale, 'watch.section.title') });
  await expect(section).toContainText(msg(locale, 'watch.section.whatTitle'));
  await section.getByLabel(msg(locale, 'watch.section.email')).fill(address);
  await section.getByLabel(msg(locale, 'watch.section.launch')).fill(launch);
  await section.getByRole('button', { name: msg(locale, 'watch.section.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'watch.pages.sentTitle'));
}

for (const locale of LOCALES) {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JS on' : 'JS off';
    test.describe(`${locale} ${mode}`, () => {
      test.use({ javaScriptEnabled });

      test('subscribe, confirm by button, receive the result in its language, stop by link', async ({ page }) => {
        const address = `li.wei.${locale}.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`;
        await subscribeOnResult(page, locale, address, '2027-01-10');
        const confirmation = await mailTo(address, 0);
        expect(confirmation.headers.get('list-unsubscribe')).toContain(`${SITE}/${locale}/watch/one-click?t=`);
        expect(confirmation.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
        expect(confirmation.text).toContain(`${SITE}/${locale}/result/${CODE}`);
        const { confirm } = watchLinks(confirmation.text);

        // A mail scanner that follows the link changes nothing; only the button confirms.
        expect((await siteRequest('GET', confirm!)).status).toBe(200);
        expect(subscriptions(address)).toMatchObject([{ consent_at: null, launch_date: '2027-01-10', locale }]);
        await page.goto(confirm!);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'watch.pages.confirmTitle'));
        await page.getByRole('button', { name: msg(locale, 'watch.pages.confirmButton') }).click();
        await expect(page.getByRole('status')).toHaveText(msg(locale, 'watch.pages.confirmedNotice'));
        await expect(page.getByRole('link', { name: CODE })).toBeVisible();
        expect(subscriptions(address)[0]!.consent_at).not.toBeNull();

        const result = await mailTo(address, 1);
        expect(result.html).toContain(`lang="${locale === 'en' ? 'en' : 'zh-CN'}"`);
        expect(result.text).toContain(msg(locale, 'watch.mail.result.needs'));
        expect(result.text).toContain(msg(locale, 'watch.duties.file-psb'));
        expect(result.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
        expect(sentTo(address)).toBe(2);

        const { unsubscribe } = watchLinks(result.text);
        expect((await siteRequest('GET', unsubscribe!)).status).toBe(200);
        expect(subscriptions(address)).toHaveLength(1);
        await page.goto(unsubscribe!);
        await page.getByRole('button', { name: msg(locale, 'watch.pages.stopOne') }).click();
        await expect(page.getByRole('status')).toHaveText(msg(locale, 'watch.pages.stoppedOne'));
        expect(subscriptions(address)).toEqual([]);
      });
    });
  }
}

test('a mail program unsubscribes in one click (RFC 8058); a visit to that address only opens the page', async ({ page }) => {
  const address = 'one.click@example.org';
  await subscribeOnResult(page, 'zh', address, '');
  const confirmation = await mailTo(address, 0);
  const oneClick = /<([^>]+)>/.exec(confirmation.headers.get('list-unsubscribe')!)![1]!;
  const visit = await siteRequest('GET', oneClick);
  expect(visit.status).toBe(303);
  expect(visit.location).toContain('/zh/watch/unsubscribe?t=');
  expect(subscriptions(address)).toHaveLength(1);
  expect((await siteRequest('POST', oneClick, 'List-Unsubscribe=One-Click')).status).toBe(200);
  expect(subscriptions(address)).toEqual([]);
});

test('without JavaScript a refused form comes back with the reason and what was typed, in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/zh/result/${CODE}`);
  const section = page.getByRole('region', { name: msg('zh', 'watch.section.title') });
  await section.getByLabel(msg('zh', 'watch.section.email')).fill('not an address');
  await section.getByLabel(msg('zh', 'watch.section.launch')).fill('2027-03-01');
  await section.getByRole('button', { name: msg('zh', 'watch.section.submit') }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(msg('zh', 'watch.section.errorSummaryTitle'));
  await expect(alert).toContainText(msg('zh', 'watch.section.errors.emailInvalid'));
  await expect(section.getByLabel(msg('zh', 'watch.section.email'))).toHaveValue('not an address');
  await expect(section.getByLabel(msg('zh', 'watch.section.launch'))).toHaveValue('2027-03-01');
  await context.close();
});

test('the link to an address’s alerts is sent to it, and lists what it watches', async ({ page }) => {
  const address = 'manager@example.org';
  await subscribeOnResult(page, 'en', address, '2027-05-01');
  await page.goto(watchLinks((await mailTo(address, 0)).text).confirm!);
  await page.getByRole('button', { name: msg('en', 'watch.pages.confirmButton') }).click();
  await mailTo(address, 1);
  await page.goto('/en/watch');
  await page.getByLabel(msg('en', 'watch.section.email')).fill(address);
  await page.getByRole('button', { name: msg('en', 'watch.pages.linkSubmit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('en', 'watch.pages.sentTitle'));
  const link = await mailTo(address, 2);
  expect(link.headers.get('list-unsubscribe')).toContain('/en/watch/one-click?t=a.');
  await page.goto(watchLinks(link.text).manage!);
  await expect(page.getByRole('link', { name: CODE })).toBeVisible();
  await page.getByRole('button', { name: msg('en', 'watch.pages.stopAll') }).click();
  await expect(page.getByRole('status')).toHaveText(msg('en', 'watch.pages.stoppedAll'));
  expect(subscriptions(address)).toEqual([]);
});

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

test('the alerts’ pages are valid HTML and pass axe, in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vnu-watch-'));
  const files: string[] = [];
  for (const locale of LOCALES) {
    const address = `checks.${locale}@example.org`;
    await subscribeOnResult(page, locale, address, '2027-01-10');
    const { confirm } = watchLinks((await mailTo(address, 0)).text);
    const before = [
      `/${locale}/watch`,
      `/${locale}/watch/sent?result=${CODE}`,
      `/${locale}/result/${CODE}`,
      confirm!,
      `/${locale}/watch/confirm?t=nonsense`,
    ];
    const pages = [...before];
    await page.goto(confirm!);
    await page.getByRole('button', { name: msg(locale, 'watch.pages.confirmButton') }).click();
    await expect(page.getByRole('status')).toBeVisible();
    pages.push(page.url());
    const { unsubscribe } = watchLinks((await mailTo(address, 1)).text);
    pages.push(unsubscribe!, `/${locale}/watch/unsubscribe?done=all`);
    for (const url of pages) {
      await page.goto(url);
      await expectNoAxeViolations(page);
      const file = join(dir, `${files.length}.html`);
      writeFileSync(file, (await siteRequest('GET', new URL(url, SITE).href)).text);
      files.push(file);
    }
  }
  let output = '';
  try {
    output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  const messages = output.trim() ? (JSON.parse(output).messages as { url: string; message: string; extract?: string }[]) : [];
  // React writes `action=""` on a form posting to a server action (the browser then posts to the page's own address,
  // which is what makes it work without JavaScript); the checker wants a non-empty URL there. Everything else must pass.
  const reactAction = (m: { message: string }) => m.message === 'Bad value “” for attribute “action” on element “form”: Must be non-empty.';
  expect(messages.filter((m) => !reactAction(m)).map((m) => `${m.url}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
});
