import { test, expect } from '@playwright/test';
import { PAGES, type SitePage } from '../lib/pages';
import { questionHref } from '../lib/addresses/urls';
import { LOCALES, type Locale } from './support';

/**
 * What a reader sees must not show the seams of how it was made: no literal Markdown markers in any language, and in
 * Chinese no half-width punctuation against Chinese text and no stray spaces between Chinese and numbers or after
 * full-width punctuation (generated sentences are written as templates per language, not joined fragments). Every page
 * type of the page table (lib/pages.ts) is read in every locale; a content route is read for every value it has.
 */

// The blocked founder (100% foreign-owned SaaS, not sure about the pilot areas) and a marketplace (the licence track).
const FOUNDER = '2-r70001j01k0pd';
const MARKETPLACE = '2-kh00003468d0b';
/** A wholly foreign-owned SaaS with chat in Zhejiang (version 3): blocked, with ways forward and a plan for each. */
const SAAS_CHAT = '3-e37vw400001bxhs7g1k';

/** A sample address (after the locale) for each route whose values are not listed in the table. */
const SAMPLES: Record<string, (locale: Locale) => string[]> = {
  '/assessment/q/[question]': () => ['/assessment/q/revenue?forms=website&hosting=mainland&operator=individual&v=2&step=revenue'],
  '/assessment/q/[question]/[code]': (l) => [
    questionHref(l, 'revenue', { forms: ['website'], hosting: 'mainland', operator: 'individual' }).replace(`/${l}`, ''),
  ],
  '/assessment/result': () => ['/assessment/result?hosting=moon&v=1'],
  '/result/[code]': () => [`/result/${FOUNDER}`, `/result/${MARKETPLACE}`, `/result/${SAAS_CHAT}`],
  '/result/[code]/print': () => [`/result/${FOUNDER}/print`, `/result/${MARKETPLACE}/print`],
  '/result/[code]/what-ifs': () => [`/result/${FOUNDER}/what-ifs`],
  '/result/[code]/plan': () => [
    `/result/${SAAS_CHAT}/plan?live=2027-09-01`,
    `/result/${SAAS_CHAT}/plan?way=pilot-drop-feature.activities.messaging`,
  ],
  '/compare': () => [`/compare?r=${FOUNDER}&r=${MARKETPLACE}`],
  '/enquiry/sent': () => ['/enquiry/sent?ref=E-7K3M-9PQ2'],
};

function addresses(page: SitePage, locale: Locale): string[] {
  if (SAMPLES[page.route]) return SAMPLES[page.route]!(locale);
  const param = /\[[^\]]+\]/.exec(page.route);
  if (!param) return [page.route];
  return (page.values?.(locale) ?? []).map((value) => page.route.replace(param[0], value));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const BLOCK =
  /<\/?(?:p|li|ul|ol|div|h[1-6]|dt|dd|dl|section|aside|header|footer|nav|main|details|summary|table|tr|td|th|form|label|option|select|br|figure|figcaption|blockquote|pre)\b[^>]*>/gi;

/** The text a reader sees: no scripts, styles or attributes; block elements on their own lines. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg|title)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name] ?? m),
    );
}

const HAN = '\\p{Script=Han}';
/** Routes whose text is MDX prose (checked by `npm run content:check`); the rest is interface messages and generated text. */
const PROSE = new Set(['/categories/[slug]', '/guides/[slug]']);
const CHECKS: { name: string; pattern: RegExp; where: 'all' | 'zh' | 'zh interface' }[] = [
  { name: 'literal Markdown emphasis', pattern: /\*\*|__\S/u, where: 'all' },
  { name: 'a literal Markdown link', pattern: /\]\(/u, where: 'all' },
  { name: 'a literal Markdown heading or code mark', pattern: /(?:^|\n)\s*#{1,6} |`/u, where: 'all' },
  { name: 'half-width punctuation against Chinese', pattern: new RegExp(`(?<=${HAN})[,;:?!()]|[,;:?!()](?=${HAN})`, 'u'), where: 'zh' },
  // A catalogue code before its name ("B25 信息服务业务", as the licence writes it) and "© 2026 公司" keep their space.
  {
    name: 'a space between Chinese and a number',
    pattern: new RegExp(`${HAN} +\\d|(?<![A-Za-z\\d]|© ?\\d*)\\d+ +${HAN}`, 'u'),
    where: 'zh',
  },
  // Joined fragments: a space where a Chinese sentence or label ends and the next part begins.
  {
    name: 'a space after full-width punctuation',
    pattern: new RegExp(`[，。；：！？、）》”] +(?=${HAN}|[（“《])`, 'u'),
    where: 'zh interface',
  },
  { name: 'a space before full-width punctuation', pattern: new RegExp(`${HAN} +[，。；：！？、）]`, 'u'), where: 'zh interface' },
];

/** Chinese is the subject here: the checks that only apply to it. */
const isChinese = (locale: Locale) => locale === 'zh';

test('every route of the page table has an address to read', () => {
  const missing = PAGES.filter((p) => !('handler' in p) && LOCALES.some((l) => addresses(p, l).length === 0)).map((p) => p.route);
  expect(missing).toEqual([]);
});

for (const locale of LOCALES)
  for (const page of PAGES.filter((p) => !('handler' in p)))
    test(`${locale} ${page.route || '/'}: no Markdown markers${isChinese(locale) ? ', Chinese typography' : ''}`, async ({ request }) => {
      const problems: string[] = [];
      for (const address of addresses(page, locale)) {
        const response = await request.get(`/${locale}${address}`);
        expect(response.status(), address).toBeLessThan(500);
        const text = visibleText(await response.text());
        for (const check of CHECKS) {
          if (check.where !== 'all' && !isChinese(locale)) continue;
          if (check.where === 'zh interface' && PROSE.has(page.route)) continue;
          for (const found of [...text.matchAll(new RegExp(check.pattern, 'gu'))].slice(0, 5))
            problems.push(
              `${address}: ${check.name}: “${text.slice(Math.max(0, found.index - 20), found.index + 20).replace(/\s+/g, ' ')}”`,
            );
        }
      }
      expect(problems).toEqual([]);
    });
