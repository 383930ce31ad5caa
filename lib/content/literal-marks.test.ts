import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { categories } from './categories';
import { getFaq } from './data-files';
import { guides } from './guides';
import { literalMarkProblems, literalMarks } from './literal-marks';
import { compileMdx } from './mdx';

const problems = async (body: string) => literalMarkProblems(await compileMdx(body, 'x.mdx'), 'x.mdx');

describe('emphasis marks the reader would see', () => {
  it('finds ** next to CJK punctuation that does not parse, and accepts the marks inside 《》', async () => {
    expect(await problems('依据是**《网络招聘服务管理规定》**（第44号）。')).toHaveLength(2);
    expect(await problems('现行的是**《负面清单》**')).toHaveLength(2);
    expect(await problems('依据是《**网络招聘服务管理规定**》（第44号）。')).toEqual([]);
    expect(await problems('外资**禁止**进入。')).toEqual([]);
    expect(await problems('A __literal__ mark in English is **fine** when it parses.')).toEqual([]);
    expect(await problems('A stray ** in English is not.')).toHaveLength(1);
  });

  it('ignores code, where marks are meant literally', () => {
    expect(literalMarks('<p>Write <code>**bold**</code> in Markdown.</p>')).toEqual([]);
    expect(literalMarks('<p>Write **bold**.</p>')).toHaveLength(2);
  });

  it('finds none in the shipped pages and FAQ answers', async () => {
    for (const locale of LOCALES) {
      for (const entry of [...guides.list(locale), ...categories.list(locale)])
        expect(literalMarkProblems(await compileMdx(entry.body, entry.file), entry.file)).toEqual([]);
      for (const item of getFaq(locale)) expect(await problems(item.answer), `${locale} ${item.id}`).toEqual([]);
    }
  });
});
