import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import type { Locale } from '../lib/i18n/routing';

// The site's own locale tables: a test never keeps a second list.
export { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, OG_LOCALES, otherLocales, type Locale } from '../lib/i18n/routing';

type Tree = { [key: string]: string | Tree };
const root = path.resolve(import.meta.dirname, '..');

/** The interface messages of a locale, so tests find elements by the text users see. */
export function messages(locale: Locale): Tree {
  const dir = path.join(root, 'lib/i18n/messages', locale);
  const common = JSON.parse(fs.readFileSync(path.join(dir, 'common.json'), 'utf8')) as Tree;
  const assessment = JSON.parse(fs.readFileSync(path.join(dir, 'assessment.json'), 'utf8')) as Tree;
  const decision = JSON.parse(fs.readFileSync(path.join(dir, 'decision.json'), 'utf8')) as Tree;
  const explore = JSON.parse(fs.readFileSync(path.join(dir, 'explore.json'), 'utf8')) as Tree;
  const inbox = JSON.parse(fs.readFileSync(path.join(dir, 'inbox.json'), 'utf8')) as Tree;
  const watch = JSON.parse(fs.readFileSync(path.join(dir, 'watch.json'), 'utf8')) as Tree;
  return { ...common, assessment, decision, explore, inbox, watch };
}

/** One message by dotted key, with {placeholders} filled in. */
export function msg(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages(locale));
  if (typeof value !== 'string') throw new Error(`no message ${locale}:${key}`);
  return value.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Category slugs and titles straight from the content files. */
export function categoryTitles(locale: Locale): { slug: string; title: string }[] {
  const dir = path.join(root, 'content', locale, 'categories');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = fs.readFileSync(path.join(dir, f), 'utf8');
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(source)?.[1] ?? '';
      return { slug: f.replace(/\.mdx$/, ''), title };
    });
}

/** No axe violation on the page; `soft` (a name for the report) lets a crawl go on to its next page. */
export async function expectNoAxeViolations(page: Page, { soft }: { soft?: string } = {}) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  if (soft !== undefined) expect.soft(summary, `${soft}: axe`).toEqual([]);
  else expect(summary).toEqual([]);
}

/**
 * The language and JavaScript setting each user journey runs in: with JavaScript in one language, without it in the
 * other. What differs between languages on a page (its text, its policy, axe, valid HTML) is checked for every page
 * type in every language by crawl.spec.ts and typography.spec.ts; a journey's steps are the same in both.
 */
export const JOURNEY_MODES: readonly { locale: Locale; javaScriptEnabled: boolean }[] = [
  { locale: 'en', javaScriptEnabled: true },
  { locale: 'zh', javaScriptEnabled: false },
];

/**
 * Records Content-Security-Policy violations (the page's events, from before its first script runs, and CSP errors in
 * the console). The function it returns waits until the page has loaded and its late scripts and prefetches have
 * started (`settleMs` after load), and gives what was reported since the page loaded (the console since the last call).
 */
export async function watchCsp(page: Page): Promise<(settleMs?: number) => Promise<string[]>> {
  const fromConsole: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      fromConsole.push(message.text());
  });
  return async (settleMs = 750) => {
    // Not 'networkidle': the router leaves the body of a refused prefetch unread (a 400 result link), which keeps that
    // request open. Prefetches and late scripts start right after load.
    await page.waitForLoadState('load');
    await page.waitForTimeout(settleMs);
    return [...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])), ...fromConsole.splice(0)];
  };
}
