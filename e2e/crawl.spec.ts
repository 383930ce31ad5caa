import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { PAGES } from '../lib/pages';
import { questionPath } from '../lib/addresses/urls';
import { LOCALES, categoryTitles, expectNoAxeViolations, msg, watchCsp, type Locale } from './support';

/**
 * One crawl of every page type of the page table (lib/pages.ts), in every language: each sample address is loaded
 * once and checked for a strict Content-Security-Policy without a violation (inline scripts ran where the page has
 * any, none at all where it is scriptless), no axe violation, one h1 and headings in order; and every sample's HTML
 * goes through the Nu HTML Checker in one run. The table decides what is crawled: a route added to PAGES without a
 * sample here fails to compile (and the test below says which).
 */

/** A wholly foreign-owned SaaS with chat in Zhejiang (version 3): blocked, with ways forward, what-ifs and a plan. */
const BLOCKED = '3-e37vw400001bxhs7g1k';
/** A brochure site of a Beijing company (version 3): filing only. */
const BROCHURE = '3-7gm000004380mg18';
const BROCHURE_QUERY =
  'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=beijing&operator=mainland-company&revenue=none&sectors=none&v=3';
/** Older releases' links, which stay readable as issued. */
const V1_RESULT = '1-r0006001n5p';
const V2_FOUNDER = '2-r70001j01k0pd';
const V2_MARKETPLACE = '2-kh00003468d0b';
const INDIVIDUAL = { forms: ['website'], hosting: 'mainland', operator: 'individual', activities: ['none-of-these'] };

type Route = (typeof PAGES)[number]['route'];
/** A sample address after the locale, the status it answers, and whether a browser loads it (a file is only fetched). */
interface Sample {
  path: string;
  status?: number;
  /** A download or an image: its status is checked, not its page. */
  file?: true;
}
type Samples = (locale: Locale) => Record<string, Sample>;

const SAMPLES: Record<Route, Samples> = {
  '': () => ({ home: { path: '' } }),
  '/categories': () => ({ categories: { path: '/categories' } }),
  '/categories/[slug]': (l) => ({
    'category, with a query': { path: `/categories/${categoryTitles(l)[0]!.slug}?ref=shared-link` },
  }),
  '/guides': () => ({ guides: { path: '/guides' } }),
  '/guides/[slug]': () => ({ guide: { path: '/guides/filing-or-licence' } }),
  '/permits': () => ({ permits: { path: '/permits' } }),
  '/permits/[id]': () => ({
    permit: { path: '/permits/icp-licence' },
    'permit reserved to state-owned operators': { path: '/permits/security-assessment' },
  }),
  '/assessment': () => ({ 'assessment start': { path: '/assessment' } }),
  '/assessment/q/[question]': () => ({
    'question, old query link (308 to its address)': {
      path: '/assessment/q/revenue?forms=website&hosting=mainland&operator=individual&v=1',
    },
    'question with a refused answer (400)': {
      path: '/assessment/q/revenue?activities=none-of-these&forms=website&hosting=mainland&operator=individual&v=3&step=revenue',
      status: 400,
    },
  }),
  '/assessment/q/[question]/[code]': () => ({
    question: { path: questionPath('revenue', INDIVIDUAL) },
  }),
  '/assessment/result': () => ({
    'long result link, keys in another order (308)': {
      path: `/assessment/result?v=3&sectors=none&${BROCHURE_QUERY.replace('&sectors=none&v=3', '')}&utm_source=x`,
    },
    'result link of older rules': { path: `/assessment/result?${BROCHURE_QUERY.replace('v=3', 'v=0')}` },
    'invalid result link (400)': { path: '/assessment/result?hosting=moon&v=1', status: 400 },
  }),
  '/result/[code]': () => ({
    result: { path: `/result/${BROCHURE}` },
    'blocked result': { path: `/result/${BLOCKED}` },
    'result of version 1, as issued': { path: `/result/${V1_RESULT}` },
    'mistyped result code (404)': { path: `/result/${BROCHURE.slice(0, -1)}q`, status: 404 },
  }),
  '/result/[code]/print': () => ({
    'print view': { path: `/result/${V2_FOUNDER}/print` },
    'print view with dated duties': { path: `/result/${V2_MARKETPLACE}/print` },
  }),
  '/result/[code]/what-ifs': () => ({ 'what-ifs': { path: `/result/${BLOCKED}/what-ifs` } }),
  '/result/[code]/plan': () => ({
    "a way forward's plan, dated": { path: `/result/${BLOCKED}/plan?way=pilot-drop-feature.activities.messaging&live=2027-09-01` },
    'a plan for a way this result does not have': { path: `/result/${BLOCKED}/plan?way=no-such-way` },
  }),
  '/result/[code]/feed.atom': () => ({ "result's feed": { path: `/result/${BROCHURE}/feed.atom`, file: true } }),
  '/feed.atom': () => ({ feed: { path: '/feed.atom', file: true } }),
  '/compare': () => ({
    compare: { path: `/compare?r=${V1_RESULT}&r=1-3r00001gsd57&r=not-a-link` },
  }),
  '/how-it-decides': () => ({ 'how it decides': { path: '/how-it-decides' } }),
  '/faq': () => ({ faq: { path: '/faq' } }),
  '/glossary': () => ({ glossary: { path: '/glossary' } }),
  '/contact': (l) => ({
    'contact with a result': { path: `/contact?result=${encodeURIComponent(`/${l}/assessment/result?${BROCHURE_QUERY}`)}` },
  }),
  '/enquiry': (l) => ({
    'enquiry form with a result': { path: `/enquiry?result=${encodeURIComponent(`/${l}/result/${BLOCKED}`)}` },
  }),
  '/enquiry/sent': () => ({ 'enquiry sent': { path: '/enquiry/sent?ref=E-7K3M-9PQ2' } }),
  '/about': () => ({ about: { path: '/about' } }),
  '/changelog': () => ({ changelog: { path: '/changelog' } }),
  // Without a session every inbox page leads to its sign-in (inbox.spec.ts works them signed in).
  '/inbox': () => ({}),
  '/inbox/sign-in': () => ({ 'inbox sign-in': { path: '/inbox/sign-in' } }),
  '/inbox/enquiry': () => ({}),
  '/inbox/dashboard': () => ({}),
  '/inbox/delete': () => ({}),
  '/inbox/account': () => ({}),
  '/inbox/export': () => ({}),
  // Reached from signed links in e-mails (watch.spec.ts follows real ones): without one, each says the link does not work.
  '/watch': () => ({ 'alerts form of a result': { path: `/watch?result=${BROCHURE}` } }),
  '/watch/sent': () => ({}),
  '/watch/confirm': () => ({ 'alert confirmation, no link': { path: '/watch/confirm' } }),
  '/watch/unsubscribe': () => ({ 'unsubscribe, no link': { path: '/watch/unsubscribe' } }),
  '/watch/manage': () => ({ 'alerts list, no link': { path: '/watch/manage' } }),
  '/watch/one-click': () => ({}),
  '/result/[code]/calendar.ics': () => ({ calendar: { path: `/result/${BLOCKED}/calendar.ics`, file: true } }),
  '/result/[code]/preview.png': () => ({ 'link preview image': { path: `/result/${BROCHURE}/preview.png`, file: true } }),
};

/** Routes with no sample of their own, and where they are worked instead. */
const ELSEWHERE: Partial<Record<Route, string>> = {
  '/inbox': 'inbox.spec.ts (signed out it leads to the sign-in page, crawled here)',
  '/inbox/enquiry': 'inbox.spec.ts (signed in)',
  '/inbox/dashboard': 'inbox.spec.ts (signed in)',
  '/inbox/delete': 'inbox.spec.ts (signed in)',
  '/inbox/account': 'inbox.spec.ts (signed in)',
  '/inbox/export': 'inbox.spec.ts (signed in)',
  '/watch/sent': 'watch.spec.ts (after a request)',
  '/watch/one-click': 'watch.spec.ts (a POST from a mail program)',
};

/** Pages served without Next's scripts, from the table itself. */
const SCRIPTLESS = new Set<string>(PAGES.filter((p) => 'scriptless' in p && p.scriptless).map((p) => p.route));
const NOT_FOUND: Sample = { path: '/no-such-page', status: 404 };

function samplesOf(locale: Locale): { name: string; route: Route | null; sample: Sample }[] {
  return [
    ...PAGES.flatMap((page) =>
      Object.entries(SAMPLES[page.route](locale)).map(([name, sample]) => ({ name, route: page.route as Route, sample })),
    ),
    { name: 'unknown page (404)', route: null, sample: NOT_FOUND },
  ];
}

test('every route of the page table is crawled, or says where it is tested', () => {
  const uncovered = PAGES.filter((p) => Object.keys(SAMPLES[p.route]('en')).length === 0 && !ELSEWHERE[p.route]).map((p) => p.route);
  expect(uncovered).toEqual([]);
});

// One page per language, reused from sample to sample (a new browser context per sample cost more than the checks),
// in steps that report each sample apart; soft assertions, so one failing sample does not hide the next.
for (const locale of LOCALES) {
  test(`${locale}: every sample page has a strict policy without a violation, no axe violation, headings in order`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const violations = await watchCsp(page);
    for (const { name, route, sample } of samplesOf(locale)) {
      await test.step(name, async () => {
        if (sample.file) {
          expect.soft((await request.get(`/${locale}${sample.path}`)).status(), name).toBe(sample.status ?? 200);
          return;
        }
        const response = await page.goto(`/${locale}${sample.path}`);
        expect.soft(response?.status(), name).toBe(sample.status ?? 200);
        const policy = response?.headers()['content-security-policy'] ?? '';
        const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
        expect.soft(policy, name).not.toMatch(/unsafe-eval|https?:|\*|script-src[^;]*unsafe-inline/);
        for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
          expect.soft(policy, name).toContain(directive);
        if (scriptSrc.length === 0) {
          // The edge's own error page (a code that does not read, before any page renders): nothing may run at all.
          expect.soft(policy, name).toMatch(/^default-src 'none';/);
          expect.soft(await page.locator('script').count(), name).toBe(0);
        } else if (route !== null && SCRIPTLESS.has(route)) {
          // A content page runs nothing: no script element but data blocks, and a policy that allows no inline script.
          expect.soft(await page.locator('script:not([type="application/ld+json"])').count(), name).toBe(0);
          expect.soft(scriptSrc, name).toEqual(["'self'"]);
        } else {
          // This origin, and inline scripts only by nonce or hash; React hydrated, so they ran.
          expect.soft(scriptSrc[0], name).toBe("'self'");
          expect.soft(scriptSrc.length, name).toBeGreaterThan(1);
          for (const source of scriptSrc.slice(1)) expect.soft(source, name).toMatch(/^'(nonce-[A-Za-z0-9+/=]+|sha256-[A-Za-z0-9+/=]+)'$/);
          await expect
            .soft(async () =>
              expect(
                await page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'))),
              ).toBe(true),
            )
            .toPass({ timeout: 5_000 });
        }
        // Everything folded away is checked too, as the printout shows it.
        await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
        await expectNoAxeViolations(page, { soft: name });
        const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect
          .soft(
            levels.filter((l) => l === 1),
            `${name}: one h1`,
          )
          .toHaveLength(1);
        // A page that answers 200 is the page asked for, not "not found" under a 200.
        if ((sample.status ?? 200) === 200)
          expect.soft(await page.locator('h1').first().textContent(), `${name}: its own page`).not.toBe(msg(locale, 'notFound.title'));
        const jumps = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
        expect.soft(jumps, `${name}: headings in order`).toEqual([]);
        // Prefetches and late scripts start right after load: by now (axe took a while) any violation has been reported.
        expect.soft(await violations(0), name).toEqual([]);
      });
    }
  });
}

/**
 * What React writes and we cannot change: a form whose action is a server action is rendered with `action=""` (the
 * browser posts it to the page's own address, which is where the action runs). Nothing else is let through.
 */
const FRAMEWORK_MARKUP = [/^Bad value “” for attribute “action” on element “form”: Must be non-empty\.$/];

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

test('every sample page is valid HTML (Nu HTML Checker, one run)', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const files: string[] = [];
  for (const locale of LOCALES) {
    for (const { name, sample } of samplesOf(locale)) {
      if (sample.file) continue;
      const response = await request.get(`/${locale}${sample.path}`);
      const file = path.join(dir, `${locale}-${name.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}.html`);
      fs.writeFileSync(file, await response.text());
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
  const messages = (output.trim() ? (JSON.parse(output).messages as { url: string; message: string; extract?: string }[]) : []).filter(
    (m) => !FRAMEWORK_MARKUP.some((known) => known.test(m.message)),
  );
  expect(messages.map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
});
