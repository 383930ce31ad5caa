import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { B25_ITEMS } from '@/lib/assessment/types';
import { categories } from './categories';
import { guides } from './guides';
import { getSite } from './site';
import { getHolidayCalendar, missingHolidayYears } from './holidays';
import { compileMdx } from './mdx';
import { getFaq, getGlossary } from './data-files';
import { isKnownPath } from '@/lib/pages';
import { getPacks, packProblems, type Pack } from './packs';
import { messageGaps, routingGaps } from '@/lib/i18n/locale-checks';
import { getSourceTable, resolveSources } from './sources';
import { trustOf } from './source-hosts';
import { readerCopy } from './corpus';
import { checkConsistency } from './consistency';
import { checkCategoryExamples } from './category-examples';
import { literalMarkProblems } from './literal-marks';

export interface CheckReport {
  errors: string[];
  warnings: string[];
  checked: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Validates every content file, locale parity and review ages. Never throws: problems go into the report. */
export async function checkContent(options: { maxAgeDays?: number; today?: Date } = {}): Promise<CheckReport> {
  const maxAgeDays = options.maxAgeDays ?? 180;
  const today = options.today ?? new Date();
  const report: CheckReport = { errors: [], warnings: [], checked: 0 };
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      report.errors.push((error as Error).message);
      return undefined;
    }
  };

  const site = attempt(() => getSite());
  report.checked += 1;
  // The holiday table the inbox counts reply times with: valid, and holding the year(s) reply times fall in.
  const holidays = attempt(() => getHolidayCalendar());
  report.checked += 1;
  for (const year of holidays && site ? missingHolidayYears(holidays, today, site.officeTimeZone) : [])
    report.warnings.push(
      `content/holidays.yaml: no entry for ${year}: reply times that fall in it count weekends only (add the State Council's notice)`,
    );
  // The locale tables and the interface messages (content files are checked one by one below).
  report.errors.push(...routingGaps(LOCALES), ...messageGaps(LOCALES));

  // The source table: valid, and every address on an authority or a trusted site.
  const table = attempt(() => getSourceTable());
  report.checked += 1;
  for (const source of table?.values() ?? [])
    for (const [field, url] of [
      ['url', source.url],
      ['translation.url', source.translation?.url],
    ] as const)
      if (url && !trustOf(url))
        report.errors.push(
          `content/sources.yaml: source "${source.id}": field "${field}": ${new URL(url).hostname} is neither an authority nor a trusted site (lib/content/source-hosts.ts)`,
        );

  const collections = { categories, guides } as const;
  const slugsByLocale: Record<string, Partial<Record<Locale, string[]>>> = {};
  for (const [name, collection] of Object.entries(collections)) {
    for (const locale of LOCALES) {
      const entries = attempt(() => collection.list(locale)) ?? [];
      (slugsByLocale[name] ??= {})[locale] = entries.map((e) => e.slug);
      for (const entry of entries) {
        report.checked += 1;
        try {
          report.errors.push(...literalMarkProblems(await compileMdx(entry.body, entry.file), entry.file));
        } catch (error) {
          report.errors.push((error as Error).message);
        }
        if (table) attempt(() => resolveSources(entry.meta.sources, entry.file));
        const age = Math.floor((today.getTime() - Date.parse(`${entry.meta.lastReviewed}T00:00:00Z`)) / DAY);
        if (age > maxAgeDays)
          report.warnings.push(`${entry.file}: last reviewed ${entry.meta.lastReviewed}, ${age} days ago (limit ${maxAgeDays})`);
      }
    }
    const [first, ...rest] = LOCALES;
    for (const locale of rest) {
      const a = new Set(slugsByLocale[name]?.[first] ?? []);
      const b = new Set(slugsByLocale[name]?.[locale] ?? []);
      for (const slug of a)
        if (!b.has(slug)) report.errors.push(`content/${locale}/${name}/${slug}.mdx is missing (it exists in ${first})`);
      for (const slug of b)
        if (!a.has(slug)) report.errors.push(`content/${first}/${name}/${slug}.mdx is missing (it exists in ${locale})`);
    }
  }

  for (const locale of LOCALES) {
    const have = new Set(slugsByLocale.categories?.[locale] ?? []);
    for (const item of B25_ITEMS)
      if (!have.has(item)) report.errors.push(`content/${locale}/categories/${item}.mdx is missing: every B25 sub-item needs a page`);
    for (const entry of attempt(() => guides.list(locale)) ?? []) {
      for (const slug of entry.meta.related.categories)
        if (!have.has(slug)) report.errors.push(`${entry.file}: field "related.categories": no category "${slug}"`);
      for (const slug of entry.meta.related.guides)
        if (!guides.get(locale, slug)) report.errors.push(`${entry.file}: field "related.guides": no guide "${slug}"`);
    }
  }
  // FAQ: same ids in every locale, each pointing to an existing guide.
  const faqIds: Partial<Record<Locale, string[]>> = {};
  for (const locale of LOCALES) {
    const items = attempt(() => getFaq(locale)) ?? [];
    report.checked += 1;
    faqIds[locale] = items.map((item) => item.id);
    for (const item of items) {
      if (!guides.get(locale, item.guide))
        report.errors.push(`content/${locale}/faq.yaml: item "${item.id}": field "guide": no guide "${item.guide}"`);
      try {
        const file = `content/${locale}/faq.yaml#${item.id}`;
        report.errors.push(...literalMarkProblems(await compileMdx(item.answer, file), file));
      } catch (error) {
        report.errors.push((error as Error).message);
      }
    }
  }
  if (LOCALES.some((locale) => JSON.stringify(faqIds[locale]) !== JSON.stringify(faqIds[LOCALES[0]])))
    report.errors.push('content/<locale>/faq.yaml: the locales must have the same item ids in the same order');

  // Glossary: unique ids, links to pages that exist.
  const terms = attempt(() => getGlossary()) ?? [];
  report.checked += 1;
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.id)) report.errors.push(`content/glossary.yaml: id "${term.id}" appears twice`);
    seen.add(term.id);
    for (const link of term.links) {
      // The same list of pages the proxy serves; a link must work in every locale.
      const path = link.split('#')[0]!.replace(/\/$/, '');
      const missing = LOCALES.filter((locale) => !isKnownPath(`/${locale}${path}`));
      if (missing.length > 0)
        report.errors.push(`content/glossary.yaml: term "${term.id}": field "links": no page ${link} in ${missing.join(', ')}`);
    }
  }
  // Application packs: valid, the same obligations in every locale, and reviewed within the limit.
  const packs: Record<string, Pack[]> = {};
  for (const locale of LOCALES) {
    packs[locale] = attempt(() => getPacks(locale)) ?? [];
    report.checked += 1;
    for (const pack of packs[locale]) {
      const age = Math.floor((today.getTime() - Date.parse(`${pack.lastReviewed}T00:00:00Z`)) / DAY);
      if (age > maxAgeDays)
        report.warnings.push(
          `content/${locale}/packs.yaml: pack for ${pack.obligation}: last reviewed ${pack.lastReviewed}, ${age} days ago (limit ${maxAgeDays})`,
        );
    }
  }
  report.errors.push(...packProblems(packs));
  // Copy that contradicts a rule, and category pages missing an example their source gives.
  if (report.errors.length === 0) {
    report.errors.push(...checkConsistency(readerCopy()));
    for (const locale of LOCALES)
      for (const entry of categories.list(locale)) report.errors.push(...checkCategoryExamples(entry.slug, locale, entry.body, entry.file));
  }
  return report;
}
