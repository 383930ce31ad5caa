import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { LOCALES, categoryTitles } from './support';
import { questionPath } from '../lib/wizard/urls';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

test('every page type is valid HTML (Nu HTML Checker)', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const files: string[] = [];
  for (const locale of LOCALES) {
    const paths = [
      ``,
      `/categories`,
      `/categories/${categoryTitles(locale)[0]!.slug}`,
      `/guides`,
      `/guides/filing-or-licence`,
      `/faq`,
      `/glossary`,
      `/contact`,
      `/contact?result=${encodeURIComponent(`/${locale}/assessment/result?hosting=mainland`)}`,
      `/assessment`,
      `/assessment/q/revenue?forms=website&hosting=mainland&operator=individual&v=2&step=revenue`,
      questionPath('revenue', { forms: ['website'], hosting: 'mainland', operator: 'individual' }),
      `/assessment/result?activities=community,messaging&forms=app,website&foreign-share=over-50&hosting=mainland&operator=mainland-company&pilot-area=no&regions=several&revenue=advertising,paid-content&sectors=current-affairs-news&v=2`,
      `/result/2-s0001j001yp7`,
      `/result/1-r0006001n5p`,
      `/result/2-r70001j01k0pd/print`,
      `/result/2-r70001j01k0pd/what-ifs`,
      `/permits`,
      `/permits/icp-licence`,
      `/permits/security-assessment`,
      `/how-it-decides`,
      `/compare`,
      `/compare?r=1-r0006001n5p&r=1-3r00001gsd57&r=not-a-link`,
      `/assessment/result?hosting=moon&v=2`,
      `/no-such-page`,
    ];
    for (const p of paths) {
      const response = await request.get(`/${locale}${p}`);
      const file = path.join(dir, `${locale}${p.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) || '_home'}.html`);
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
  const messages = output.trim() ? (JSON.parse(output).messages as { url: string; message: string; extract?: string }[]) : [];
  expect(messages.map((m) => `${path.basename(m.url)}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
});
