import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { categories } from './categories';
import { CATEGORY_EXAMPLES, checkCategoryExamples } from './category-examples';
import { checkConsistency } from './consistency';
import { readerCopy } from './corpus';

const page = (locale: 'en' | 'zh', text: string) => [{ file: 'test.mdx', locale, text }];

describe('copy that contradicts the rules', () => {
  it('finds nothing in the shipped pages, FAQ, glossary, source table and messages', () => {
    expect(checkConsistency(readerCopy())).toEqual([]);
  });

  it('catches "not needed" for offshore hosting, in either language, but not a quoted source or a question', () => {
    expect(checkConsistency(page('en', 'A site hosted in Hong Kong cannot be filed and need not be.'))).toHaveLength(1);
    expect(checkConsistency(page('en', 'Offshore servers: no ICP licence is needed.'))).toHaveLength(1);
    expect(checkConsistency(page('zh', '服务器在境外的网站无需备案。'))).toHaveLength(1);
    expect(checkConsistency(page('zh', '云服务商称境外网站“无需”许可证，但这属于灰色地带。'))).toEqual([]);
    expect(checkConsistency(page('en', 'Can I host in Hong Kong so that no filing is needed?'))).toEqual([]);
    expect(checkConsistency(page('en', 'An offshore service cannot obtain a filing; it is a legal grey zone.'))).toEqual([]);
  });

  it('requires a paragraph on the licence for SaaS to say the classification is unsettled', () => {
    expect(checkConsistency(page('en', 'SaaS sold by subscription needs an ICP licence (B25).'))).toHaveLength(1);
    expect(checkConsistency(page('en', 'SaaS may need an ICP licence, but the classification is unsettled.'))).toEqual([]);
    expect(checkConsistency(page('zh', 'SaaS按B25申请ICP许可证。'))).toHaveLength(1);
  });

  it('requires every pilot area where one list names them', () => {
    expect(checkConsistency(page('en', 'Pilot areas: Beijing, Shanghai Lin-gang, Hainan and Shenzhen.'))).toHaveLength(1);
    expect(checkConsistency(page('zh', '试点地区：北京、上海临港、海南、深圳。'))).toHaveLength(1);
    expect(checkConsistency(page('en', 'Beijing, Shanghai Lin-gang and the Pudong pioneer area, Hainan and Shenzhen.'))).toEqual([]);
  });

  it('never calls B22, B23 or B24 capped', () => {
    expect(checkConsistency(page('en', 'B23 e-mail services are capped at 50% for foreign investors.'))).toHaveLength(1);
    expect(checkConsistency(page('en', 'B22, B23 and B24 are open to 100%; B25 is capped at 50%.'))).toEqual([]);
  });
});

describe('category pages name every example their source gives', () => {
  for (const locale of LOCALES)
    for (const entry of categories.list(locale))
      it(`${locale}/${entry.slug}`, () => {
        expect(CATEGORY_EXAMPLES[entry.slug]?.[locale]?.length ?? 0).toBeGreaterThan(0);
        expect(checkCategoryExamples(entry.slug, locale, entry.body, entry.file)).toEqual([]);
      });

  it('reports a missing example', () => {
    expect(checkCategoryExamples('search-query', 'en', 'Guides name Baidu.', 'x.mdx')).toEqual([
      'x.mdx: does not name the example "Sogou" that the source gives for this sub-category',
    ]);
  });
});
