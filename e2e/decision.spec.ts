import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { LOCALES, msg, JOURNEY_MODES } from './support';

const site = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../content/site.yaml'), 'utf8')) as { name: Record<string, string> };

// The blocked founder: 100% foreign-owned, SaaS by subscription, not sure about pilot areas (issue 12).
const FOUNDER = '2-r70001j01k0pd';
// A marketplace: the licence track, with dated duties.
const MARKETPLACE = '2-kh00003468d0b';
const PHONE = { width: 390, height: 844 };
// A wholly foreign-owned SaaS with chat in Zhejiang (version 3): blocked; its first way forward is a company in a
// pilot area without the chat.
const SAAS_CHAT = '3-e37vw400001bxhs7g1k';

for (const { locale, javaScriptEnabled } of JOURNEY_MODES) {
  test.describe(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: PHONE });

    test('the blocked case shows its verdict and ways forward first, and a way forward opens its own result', async ({ page }) => {
      await page.goto(`/${locale}/result/${FOUNDER}`);
      const verdict = page.getByRole('heading', { level: 2, name: msg(locale, 'assessment.verdicts.blocked.label') });
      await expect(verdict).toBeVisible();
      const ways = page.getByRole('region', { name: msg(locale, 'decision.ways.title') });
      const firstWay = ways.getByRole('listitem').first();
      const firstStep = page
        .getByRole('region', { name: msg(locale, 'decision.plan.title') })
        .getByText(msg(locale, 'decision.plan.steps.choose-way-forward'));
      // Within the first two phone screens: the verdict, what is needed, the plan's first step and the first way forward.
      for (const box of [
        await verdict.boundingBox(),
        await page.getByRole('region', { name: msg(locale, 'decision.glanceTitleBlocked') }).boundingBox(),
        await firstWay.boundingBox(),
        await firstStep.boundingBox(),
      ])
        expect(box!.y).toBeLessThan(2 * PHONE.height);
      const header = await page.locator('header').first().boundingBox();
      expect(header!.height).toBeLessThan(70);
      await expect(ways.getByRole('heading', { name: msg(locale, 'decision.ways.share-at-cap.title') })).toBeVisible();
      await ways
        .locator('[data-way="share-at-cap"]')
        .getByRole('link', { name: msg(locale, 'decision.ways.open') })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/result/\\d+-`));
      await expect(page.getByRole('heading', { level: 2, name: msg(locale, 'assessment.verdicts.unsettled.label') })).toBeVisible();
      // Its plan goes on past the decision: the licence track.
      await expect(page.getByRole('region', { name: msg(locale, 'decision.plan.title') })).toContainText(
        msg(locale, 'decision.plan.steps.apply-telecom-licences'),
      );
    });

    test('the site header is one row on a phone, and its menu opens and leads on', async ({ page }) => {
      await page.goto(`/${locale}/result/${FOUNDER}`);
      const header = page.locator('header').first();
      expect((await header.boundingBox())!.height).toBeLessThan(70);
      const guides = header.getByRole('link', { name: msg(locale, 'nav.guides'), exact: true });
      await expect(guides).toBeHidden();
      await header.locator('summary', { hasText: msg(locale, 'a11y.menu') }).click();
      await guides.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/guides$`));
    });

    test('the calendar holds each deadline, dated from the dates given, with a reminder', async ({ page }) => {
      await page.goto(`/${locale}/result/${MARKETPLACE}`);
      // The result's plan leads to the calendar, on the plan's own page.
      await page
        .getByRole('region', { name: msg(locale, 'decision.plan.title') })
        .getByRole('link', { name: msg(locale, 'decision.calendar.title') })
        .click();
      await expect(page).toHaveURL(`/${locale}/result/${MARKETPLACE}/plan#calendar`);
      const form = page.locator('form#calendar');
      // The form says what each date adds.
      await expect(form).toContainText(msg(locale, 'decision.calendar.help.launch'));
      await expect(form).toContainText(msg(locale, 'decision.calendar.help.granted'));
      await page.getByLabel(msg(locale, 'decision.calendar.launch')).fill('2027-03-01');
      await page.getByLabel(msg(locale, 'decision.calendar.granted')).fill('2027-05-10');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: msg(locale, 'decision.calendar.download') }).click(),
      ]);
      const file = path.join(os.tmpdir(), `result-${locale}-${javaScriptEnabled}.ics`);
      await download.saveAs(file);
      const events = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')))
        .getAllSubcomponents('vevent')
        .map((c) => new ICAL.Event(c));
      expect(events.map((e) => e.uid.replace(`${MARKETPLACE}-`, ''))).toEqual([
        'file-psb@icp-compass',
        'licence-annual-report@icp-compass',
        'renew-licence@icp-compass',
      ]);
      expect(events.map((e) => e.startDate.toString())).toEqual(['2027-03-31', '2028-03-31', '2032-02-10']);
      expect(events[1]!.isRecurring()).toBe(true);
      expect(events[0]!.summary).toBe(msg(locale, 'decision.calendar.events.file-psb'));
      for (const event of events) expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();
    });

    test('a calendar asked for with no date explains what each date adds, without an error page', async ({ page }) => {
      await page.goto(`/${locale}/result/${MARKETPLACE}/plan`);
      await page.getByRole('button', { name: msg(locale, 'decision.calendar.download') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'decision.calendar.title'));
      // The first sentence of the message (its second depends on how many dates are missing).
      await expect(page.getByRole('alert')).toContainText(msg(locale, 'decision.calendar.noEvents').split(/[.。]/)[0]!);
      await expect(page.getByText(msg(locale, 'decision.calendar.help.granted'))).toBeVisible();
      await page.getByRole('link', { name: msg(locale, 'decision.calendar.back') }).click();
      await expect(page).toHaveURL(`/${locale}/result/${MARKETPLACE}`);
    });

    test('a blocked result’s first way forward has a plan: the structure’s steps first, then dated from a launch date', async ({
      page,
    }) => {
      await page.goto(`/${locale}/result/${SAAS_CHAT}`);
      const feature = msg(locale, 'assessment.questions.activities.options.messaging.label');
      // The banner names the feature that blocks it where the pilot opens the rest.
      await expect(page.locator('[data-pilot-blockers]')).toContainText(feature);
      const first = page
        .getByRole('region', { name: msg(locale, 'decision.ways.title') })
        .getByRole('listitem')
        .first();
      await expect(first).toHaveAttribute('data-way', 'pilot-drop-feature');
      await first.getByRole('link', { name: msg(locale, 'decision.ways.planLink') }).click();
      await expect(page).toHaveURL(`/${locale}/result/${SAAS_CHAT}/plan?way=pilot-drop-feature.activities.messaging`);
      const way = msg(locale, 'decision.ways.pilot-drop-feature.title', { feature });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'decision.planPage.wayTitle', { way }));
      const steps = page.getByRole('region', { name: msg(locale, 'decision.plan.title') });
      const structure = steps.locator('[data-stage="structure"]');
      await expect(structure).toContainText(msg(locale, 'decision.plan.structure.pilot-register'));
      await expect(structure).toContainText(msg(locale, 'decision.plan.structure.feature-out'));
      // What must not happen before what, and no date without a target.
      await expect(steps).toContainText(msg(locale, 'decision.plan.steps.live-before-licence'));
      await expect(steps).toContainText(msg(locale, 'decision.plan.steps.no-payment-before-licence'));
      await expect(page.getByRole('region', { name: msg(locale, 'decision.planPage.milestonesTitle') })).toHaveCount(0);
      // Empty dates are no error: the same plan, undated.
      await page.getByRole('button', { name: msg(locale, 'decision.planPage.date') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'decision.planPage.wayTitle', { way }));
      await page.getByLabel(msg(locale, 'decision.planPage.live')).fill('2031-09-01');
      await page.getByRole('button', { name: msg(locale, 'decision.planPage.date') }).click();
      await expect(page).toHaveURL(/[?&]live=2031-09-01/);
      const dates = page.getByRole('region', { name: msg(locale, 'decision.planPage.milestonesTitle') });
      await expect(dates.getByRole('listitem')).toHaveText([
        new RegExp(msg(locale, 'decision.planPage.milestones.start-filing')),
        new RegExp(msg(locale, 'decision.planPage.milestones.go-live')),
        new RegExp(msg(locale, 'decision.planPage.milestones.psb-filing').replace(/[()（）]/g, '.')),
      ]);
      await expect(dates.getByRole('listitem').nth(1)).toContainText('2031');
      // A date to start charging before the licence can be granted after that launch: said, not hidden.
      await page.getByLabel(msg(locale, 'decision.planPage.paid')).fill('2031-09-15');
      await page.getByRole('button', { name: msg(locale, 'decision.planPage.date') }).click();
      await expect(page.getByRole('region', { name: msg(locale, 'decision.planPage.unreachableTitle') })).toBeVisible();
      await expect(page.getByLabel(msg(locale, 'decision.planPage.live'))).toHaveValue('2031-09-01');
    });

    test('the compare page of a result’s ways forward names each column by its way and compares structures', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/result/${SAAS_CHAT}`);
      await page.getByRole('link', { name: msg(locale, 'decision.ways.compare') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'explore.compare.title'));
      const table = page.getByRole('table');
      const headers = table.getByRole('columnheader');
      await expect(headers).toHaveCount(5);
      await expect(headers.nth(1)).toContainText(msg(locale, 'explore.compare.first'));
      const feature = msg(locale, 'assessment.questions.activities.options.messaging.label');
      await expect(headers.nth(2)).toContainText(
        msg(locale, 'explore.compare.way', { way: msg(locale, 'decision.ways.pilot-drop-feature.title', { feature }) }),
      );
      await expect(headers.nth(3)).toContainText(
        msg(locale, 'explore.compare.way', { way: msg(locale, 'decision.ways.share-at-cap.title') }),
      );
      const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\？]/g, '.')}`);
      for (const row of ['holder', 'ownership', 'capital', 'authority', 'duration'])
        await expect(table.getByRole('rowheader', { name: startsWith(msg(locale, `explore.compare.rows.${row}`)) })).toBeVisible();
      // The answers that differ are rows of their own; steps are not counted.
      await expect(
        table.getByRole('rowheader', {
          name: startsWith(msg(locale, 'assessment.questions.foreign-share.title')),
        }),
      ).toBeVisible();
      await expect(table.getByRole('row', { name: startsWith(msg(locale, 'explore.compare.rows.capital')) })).toContainText(
        msg(locale, 'explore.compare.capital.several'),
      );
    });

    test('the result says in one line what it does not cover, and the permit catalogue lists it in full', async ({ page }) => {
      await page.goto(`/${locale}/result/${MARKETPLACE}`);
      const aside = page.getByRole('complementary', { name: msg(locale, 'decision.notCovered.title') });
      await expect(aside).toContainText(msg(locale, 'decision.notCovered.summary').replace(/\s*<link>.*$/, ''));
      await aside.getByRole('link').click();
      await expect(page).toHaveURL(`/${locale}/permits#not-covered`);
      const full = page.getByRole('complementary', { name: msg(locale, 'decision.notCovered.title') });
      await expect(full).toBeInViewport();
      for (const item of ['personal-information', 'mlps', 'advertising', 'ecommerce', 'food-licence'])
        await expect(full).toContainText(msg(locale, `decision.notCovered.items.${item}`));
    });

    test('a permit page is one tap from the result: where to apply, what to prepare, who needs it', async ({ page }) => {
      await page.goto(`/${locale}/result/${MARKETPLACE}`);
      // A marketplace: the EDI licence.
      const item = page.locator('#need-edi-licence');
      // Where one applies, on the result itself: the official portal.
      await expect(item.locator('a[href="https://tsm.miit.gov.cn"]')).toHaveText(/MIIT|工业和信息化部/);
      const label = msg(locale, 'assessment.obligations.edi-licence.label');
      await item.getByRole('link', { name: msg(locale, 'explore.permits.full', { label }) }).click();
      await expect(page).toHaveURL(`/${locale}/permits/edi-licence`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
      await expect(page.getByRole('heading', { name: msg(locale, 'decision.pack.prepare') })).toBeVisible();
      await expect(page.getByRole('heading', { name: msg(locale, 'decision.pack.timing') })).toBeVisible();
      await expect(page.getByRole('link', { name: msg(locale, 'explore.howItDecides.ruleLink') }).first()).toHaveAttribute(
        'href',
        new RegExp(`^/${locale}/how-it-decides#rule-`),
      );
      await page.getByRole('link', { name: msg(locale, 'explore.permits.all') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(locale, 'explore.permits.title'));
    });
  });
}

for (const locale of LOCALES) {
  test(`${locale}: the print view carries what the result page folds away, and prints it`, async ({ page }) => {
    // The browser's print dialog, recorded instead of opened (page.pdf prints below).
    await page.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed?: number }).printed = 1);
    });
    await page.goto(`/${locale}/result/${MARKETPLACE}`);
    // The result page's print link leads to its print view, which opens the print dialog.
    await page.getByRole('link', { name: msg(locale, 'decision.print.open') }).click();
    await expect(page).toHaveURL(`/${locale}/result/${MARKETPLACE}/print`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(os.tmpdir(), `result-${locale}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    expect(text).toContain(msg(locale, 'decision.print.preparedBy', { name: site.name[locale]! }));
    expect(text).toContain(msg(locale, 'decision.plan.title'));
    expect(text.toLowerCase()).toContain(msg(locale, 'decision.plan.stages.first-30-days').toLowerCase());
    // From the packs, which the result page only links: what to prepare for the licence, and its statutory limit.
    expect(text).toContain(msg(locale, 'decision.pack.prepare'));
    expect(text).toContain(msg(locale, 'decision.pack.official'));
    // A reason's answers, folded away on the result page: the question it read.
    expect(text).toContain(msg(locale, 'result.answersThatLed').replace(/[:：]$/, ''));
    // Every what-if, which the result page only links (its lead is the print view's alone).
    expect(text).toContain(squash(msg(locale, 'explore.whatIf.lead')).slice(0, 16));
    expect(text).toContain(squash(msg(locale, 'decision.notCovered.items.food-licence')).slice(0, 20));
    expect(text).toContain(`/${locale}/result/${MARKETPLACE}`);
    expect(text).toContain(msg(locale, 'decision.print.sourcesTitle'));
    expect(text).toMatch(/https?:\/\/\S+/);
    expect(text).not.toContain(msg(locale, 'result.consultCta'));
  });
}
