import { describe, expect, it } from 'vitest';
import { instrumentNames, zhCopy, zhLineProblems } from './chinese-style';

const root = process.cwd();
const names = instrumentNames(root);

describe('Chinese copy (content/zh, zh messages, zh fields of the glossary and the source table)', () => {
  it('uses 您, full-width punctuation next to Chinese, and 《》 around instrument names', () => {
    const lines = zhCopy(root);
    expect(lines.length).toBeGreaterThan(500);
    const problems = lines.flatMap(({ file, line, text }) => zhLineProblems(text, names).map((p) => `${file}:${line}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('flags 你, half-width , ; : ? ! ( ) between Chinese characters, and a bare instrument name', () => {
    expect(zhLineProblems('如何判断你的服务', names)).toEqual(['uses 你 (the site says 您)']);
    for (const bad of ['需要备案,也要许可', '依据:《办法》', '是否需要?请咨询', '不需要!', '许可证(B25)', '（B25)规定', '备案;许可']) {
      expect(
        zhLineProblems(bad, names).some((p) => p.startsWith('half-width')),
        bad,
      ).toBe(true);
    }
    expect(zhLineProblems('依据电信业务分类目录第B25项', names)).toEqual(['names 电信业务分类目录 outside 《》']);
  });

  it('accepts correct copy, links and URLs', () => {
    expect(zhLineProblems('依据《电信业务分类目录（2015年版）》，您需要备案（B25）。', names)).toEqual([]);
    expect(zhLineProblems('见[指南](/zh/guides/filing-or-licence)，或 https://www.gov.cn/a,b.htm 。', names)).toEqual([]);
    expect(zhLineProblems('title: 信息社区平台服务', names)).toEqual([]);
  });

  it('knows the instrument names from the source table', () => {
    expect(names).toContain('互联网信息服务管理办法');
    expect(names).toContain('生成式人工智能服务管理暂行办法');
  });
});
