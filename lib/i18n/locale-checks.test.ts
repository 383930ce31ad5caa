import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import { contentGaps, localeGaps, messageGaps, routingGaps, siteDataGaps } from './locale-checks';
import { DEFAULT_LOCALE, LOCALES } from './routing';

const THIRD = 'fr';
const WITH_THIRD = [...LOCALES, THIRD];

describe('locale checks', () => {
  it('find nothing missing for the site’s own locales', () => {
    expect(localeGaps(LOCALES)).toEqual([]);
  });

  // A locale added to LOCALES alone must not pass silently: each check lists what the new locale still lacks.
  it('list what a third locale lacks: message files, content pages, routing tables, localized data fields', () => {
    const gaps = localeGaps(WITH_THIRD);
    const expected = [
      `lib/i18n/routing.ts: LANGUAGE_TAGS has no ${THIRD}`,
      `lib/i18n/routing.ts: OG_LOCALES has no ${THIRD}`,
      `lib/i18n/routing.ts: NAME_LANGUAGE has no ${THIRD}`,
      `lib/i18n/messages/${THIRD}/common.json missing`,
      `lib/i18n/messages/${THIRD}/assessment.json missing`,
      `lib/i18n/messages.ts: MESSAGES has no ${THIRD}`,
      ...LOCALES.map((locale) => `lib/i18n/messages/${locale}/common.json: key enquiry.languages.${THIRD} missing`),
      ...categories.slugs(DEFAULT_LOCALE).map((slug) => `content/${THIRD}/categories/${slug}.mdx missing`),
      ...guides.slugs(DEFAULT_LOCALE).map((slug) => `content/${THIRD}/guides/${slug}.mdx missing`),
      `content/${THIRD}/faq.yaml missing`,
      expect.stringMatching(new RegExp(`^content/site\\.yaml: field "name\\.${THIRD}"`)),
      expect.stringMatching(new RegExp(`^content/site\\.yaml: field "address\\.${THIRD}"`)),
      expect.stringMatching(new RegExp(`^content/site\\.yaml: field "officeHours\\.${THIRD}"`)),
      expect.stringMatching(new RegExp(`^content/glossary\\.yaml: field "0\\.meaning\\.${THIRD}"`)),
    ];
    expect(gaps).toEqual(expect.arrayContaining(expected));
    // Every gap is about the third locale: the two real ones stay complete.
    for (const gap of gaps) expect(gap).toContain(THIRD);
  });

  it('each check takes its locale list', () => {
    expect(routingGaps(WITH_THIRD).length).toBeGreaterThan(0);
    expect(contentGaps(WITH_THIRD).length).toBeGreaterThan(0);
    expect(siteDataGaps(WITH_THIRD).length).toBeGreaterThan(0);
    expect(messageGaps(WITH_THIRD).length).toBeGreaterThan(0);
    expect(routingGaps([THIRD], { TABLE: { [THIRD]: 'x' } })).toEqual([]);
  });
});

describe('message parity', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-checks-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (locale: string, name: string, value: unknown) => {
    fs.mkdirSync(path.join(root, 'lib/i18n/messages', locale), { recursive: true });
    fs.writeFileSync(path.join(root, 'lib/i18n/messages', locale, name), JSON.stringify(value));
  };

  it('names a key one locale lacks, a file one locale lacks, and a locale-keyed object missing a locale', () => {
    write('cc', 'common.json', { title: 'C', nested: { one: '1', two: '2' }, extra: 'x', enquiry: { languages: { bb: 'B' } } });
    write('aa', 'common.json', { title: 'A', nested: { one: '1', two: '2' }, enquiry: { languages: { aa: 'A' } } });
    write('bb', 'common.json', { title: 'B', nested: { one: '1' }, extra: 'x', enquiry: { languages: { aa: 'A', bb: 'B' } } });
    write('aa', 'other.json', { x: 'y' });
    expect(messageGaps(['aa', 'bb'], root, { aa: {}, bb: {} }).sort()).toEqual(
      [
        'lib/i18n/messages/aa/common.json: key enquiry.languages.bb missing (it is in bb)',
        'lib/i18n/messages/aa/common.json: key extra missing (it is in bb)',
        'lib/i18n/messages/bb/common.json: key nested.two missing (it is in aa)',
        'lib/i18n/messages/bb/other.json missing',
      ].sort(),
    );
    // Both locales lack the entry for the third: no key parity finds that, the locale-keyed check does.
    expect(messageGaps(['cc'], root, { cc: {} })).toEqual(['lib/i18n/messages/cc/common.json: key enquiry.languages.cc missing']);
    expect(messageGaps(['aa', 'bb'], root, { aa: {} })).toContain('lib/i18n/messages.ts: MESSAGES has no bb');
    expect(messageGaps(['aa', 'bb'], root, { aa: {}, bb: {} }).length).toBe(4);
  });
});
