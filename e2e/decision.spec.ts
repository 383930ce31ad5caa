import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { LOCALES, msg, expectNoAxeViolations } from './support';

const site = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../content/site.yaml'), 'utf8')) as { name: Record<string, string> };

// The blocked founder: 100% foreign-owned, SaaS by subscription, not sure about pilot areas (issue 12).
const FOUNDER = '2-r70001j01k0pd';
// A marketplace: the licence track, with dated duties.
const MARKETPLACE = '2-kh00003468d0b';
const PHONE = { width: 390, height: 844 };

for (const locale of LOCALES) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled, viewport: PHONE });

      test('the blocked case shows its verdict and ways forward first, and a way forward opens its own result', async ({ page }) => {
        await page.goto(`/${locale}/result/${FOUNDER}`);
        const verdict = page.getByRole('heading', { level: 2, name: msg(locale, 'decision.verdict.blocked.title') });
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
        await expect(page.getByRole('heading', { level: 2, name: msg(locale, 'decision.verdict.unsettled.title') })).toBeVisible();
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

      test('the calendar of the dated duties downloads and parses', async ({ page }) => {
        await page.goto(`/${locale}/result/${MARKETPLACE}`);
        await page.getByLabel(msg(locale, 'decision.calendar.launch')).fill('2027-03-01');
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
        ]);
        expect(events[0]!.startDate.toString()).toBe('2027-03-31');
        expect(events[1]!.isRecurring()).toBe(true);
      });
    });
  }

  test(`${locale}: the printed result carries the firm, the link, the plan and the sources' addresses`, async ({ page }) => {
    await page.goto(`/${locale}/result/${MARKETPLACE}`);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(os.tmpdir(), `result-${locale}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(msg(locale, 'decision.print.preparedBy', { name: site.name[locale]! }));
    expect(text).toContain(msg(locale, 'decision.plan.title'));
    // Stage names are set in capitals by the stylesheet.
    expect(text.toLowerCase()).toContain(msg(locale, 'decision.plan.stages.first-30-days').toLowerCase());
    expect(text).toContain(msg(locale, 'decision.plan.steps.licence-annual-report'));
    expect(text).toContain(`/${locale}/result/${MARKETPLACE}`);
    expect(text).toContain(msg(locale, 'decision.print.sourcesTitle'));
    expect(text).toMatch(/https?:\/\/\S+/);
    expect(text).not.toContain(msg(locale, 'result.consultCta'));
  });

  test(`${locale}: the blocked and marketplace results pass axe`, async ({ page }) => {
    for (const code of [FOUNDER, MARKETPLACE]) {
      await page.goto(`/${locale}/result/${code}`);
      await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      await expectNoAxeViolations(page);
    }
  });
}
