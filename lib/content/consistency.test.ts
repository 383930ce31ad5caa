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
    // Copy about Shanghai alone (a question on where in Shanghai the company is) names only its two parts.
    expect(
      checkConsistency(
        page('en', 'In Shanghai, the 2024 pilot covers the Lin-gang Special Area and the Pudong New Area, not the whole city.'),
      ),
    ).toEqual([]);
    expect(checkConsistency(page('zh', '浦东新区或临港新片区'))).toEqual([]);
    expect(checkConsistency(page('en', 'Pilot areas: Beijing and Shanghai Lin-gang.'))).toHaveLength(1);
  });

  it('never calls B22, B23 or B24 capped', () => {
    expect(checkConsistency(page('en', 'B23 e-mail services are capped at 50% for foreign investors.'))).toHaveLength(1);
    expect(checkConsistency(page('en', 'B22, B23 and B24 are open to 100%; B25 is capped at 50%.'))).toEqual([]);
  });
});

describe('old pilot and other wording that icp-brief §12 corrects', () => {
  const rule = (text: string, locale: 'en' | 'zh' = 'en') =>
    checkConsistency(page(locale, text)).map((p) => p.split(': ')[1]!.split(' ')[0]);

  it('a company in a pilot area may apply for the MIIT pilot approval; it does not "can hold" 100%', () => {
    expect(rule('Companies registered in a pilot zone can hold 100% of a CDN licence.')).toEqual(
      expect.arrayContaining(['pilot-approval-needed', 'pilot-may-apply']),
    );
    expect(rule('In the pilot areas, cloud can be 100% foreign-owned.')).toContain('pilot-may-apply');
    expect(rule('The pilot zones lift the cap on CDN: 100% foreign ownership.')).toEqual(['pilot-approval-needed']);
    expect(
      rule('A company registered in a pilot area may apply to MIIT for the pilot approval; with it, CDN may be 100% foreign-owned.'),
    ).toEqual([]);
    expect(rule('在试点地区注册的企业可以100%外资经营CDN。', 'zh')).toEqual(
      expect.arrayContaining(['pilot-approval-needed', 'pilot-may-apply']),
    );
    expect(rule('在试点地区注册的企业可以申请试点批复，获批后CDN不设外资比例限制。', 'zh')).toEqual([]);
    // The 2025 plan for 20 cities is a different measure, checked by its own rules.
    expect(
      rule('The 2025 plan would lift the cap on app stores to 100% in 20 pilot cities; it is announced, not found implemented.'),
    ).toEqual([]);
  });

  it('never calls Shanghai as a whole, or the Beijing FTZ, a pilot area', () => {
    expect(rule('The pilot areas are Beijing, Shanghai, Hainan and Shenzhen.')).toContain('shanghai-not-whole');
    expect(rule('2024年试点在北京、上海、海南、深圳放开了部分业务。', 'zh')).toContain('shanghai-not-whole');
    expect(
      rule(
        'In Shanghai the pilot covers only the Pudong New Area and the Lin-gang Special Area; Beijing, Hainan and Shenzhen are the others.',
      ),
    ).toEqual([]);
    expect(rule('A company in the Beijing FTZ qualifies for the pilot.')).toContain('beijing-not-ftz');
    expect(rule('北京自贸试验区内的企业适用试点。', 'zh')).toContain('beijing-not-ftz');
    expect(rule('The Beijing pilot area is the whole municipality, not the Beijing FTZ.')).toEqual([]);
    expect(rule("Firms in Beijing's service-sector demonstration zone qualify.")).toContain('beijing-whole-municipality');
    expect(rule("Beijing's service-sector demonstration zone covers the whole municipality.")).toEqual([]);
    expect(rule('北京服务业扩大开放综合示范区的企业可以申请。', 'zh')).toContain('beijing-whole-municipality');
    expect(rule('北京服务业扩大开放综合示范区覆盖北京全市。', 'zh')).toEqual([]);
  });

  it('says internet access stays local where a pilot company is said to serve users nationwide', () => {
    expect(rule('Commentators say a pilot company can then serve users nationwide.')).toEqual(['pilot-isp-local']);
    expect(rule('A pilot company may serve users nationwide, except internet access (ISP), which stays local.')).toEqual([]);
    expect(rule('评论文章认为，试点企业获批后可以面向全国用户提供服务。', 'zh')).toEqual(['pilot-isp-local']);
  });

  it('never presents the 2025 app-store, ISP and IP-VPN opening as in force', () => {
    expect(rule('Under the 2025 plan, app stores are now open to 100% foreign ownership in 20 cities.')).toEqual(
      expect.arrayContaining(['plan-2025-announced', 'plan-2025-not-in-force']),
    );
    expect(rule('Since April 2025 end-user internet access has been opened in 20 pilot cities; no act implementing it was found.')).toEqual(
      ['plan-2025-not-in-force'],
    );
    expect(rule('2025年方案已经放开20个城市的应用商店外资限制。', 'zh')).toEqual(
      expect.arrayContaining(['plan-2025-announced', 'plan-2025-not-in-force']),
    );
    expect(rule('The 2025 plan would open app stores in 20 cities: announced, not found implemented.')).toEqual([]);
    expect(rule('2025年方案提出在20个城市放开应用商店，已经公布，尚未找到落地文件。', 'zh')).toEqual([]);
  });

  it('does not say CEPA was not researched, nor date the public-account provisions 2018', () => {
    expect(rule('Hong Kong investors have openings under CEPA; we have not researched them in depth.')).toEqual(['cepa-researched']);
    expect(rule('港澳投资者的CEPA安排：本站尚未深入研究。', 'zh')).toEqual(['cepa-researched']);
    expect(rule('The 2018 public-account provisions make the platform responsible.')).toEqual(['public-account-not-2018']);
    expect(rule('The public-account provisions of 2017, revised in 2021, make the platform responsible.')).toEqual([]);
  });

  it('says whom the security self-assessment does not cover, and that the AVSP is closed to private capital', () => {
    expect(rule('Forums and chat groups with public-opinion attributes must make a security self-assessment (2018 provisions).')).toEqual([
      'security-assessment-operator',
    ]);
    expect(
      rule(
        'Forums with public-opinion attributes must make a security self-assessment (2018); account holders on another platform are not covered.',
      ),
    ).toEqual([]);
    expect(rule('论坛等具有舆论属性的服务须按2018年规定开展安全自评估。', 'zh')).toEqual(['security-assessment-operator']);
    expect(rule('The AVSP is closed to foreign investors.')).toEqual(['avsp-private-barred']);
    expect(rule('The AVSP is closed to foreign investors and to any private company: applicants must be state-owned.')).toEqual([]);
    expect(rule('信息网络传播视听节目许可证禁止外资进入。', 'zh')).toEqual(['avsp-private-barred']);
  });

  it('holds B22 open: an agency that says it needs purely domestic capital is wrong', () => {
    expect(rule('B22 conferencing needs purely domestic capital.')).toEqual(['b22-b24-open']);
    expect(rule('B22要求纯内资。', 'zh')).toEqual(['b22-b24-open']);
  });

  it('reads the content files only, not the assessment’s messages', () => {
    const message = [
      { file: 'lib/i18n/messages/en#assessment.x', locale: 'en' as const, text: 'In a pilot zone a company can hold 100% of CDN.' },
    ];
    expect(checkConsistency(message)).toEqual([]);
  });
});

describe('category pages name every example their source gives', () => {
  for (const locale of LOCALES)
    for (const entry of categories.list(locale))
      it(`${locale}/${entry.slug}`, () => {
        expect(CATEGORY_EXAMPLES[entry.slug]?.[locale]?.length ?? 0).toBeGreaterThan(0);
        expect(checkCategoryExamples(entry.slug, locale, entry.body, entry.file)).toEqual([]);
      });

  it('community, instant interaction and release-delivery say who makes the security self-assessment, and that account holders do not', () => {
    const says = { en: [/security self-assessment/i, /account holders/], zh: [/安全自评估/, /账号持有者/] } as const;
    for (const locale of LOCALES)
      for (const slug of ['community', 'instant-interaction', 'release-delivery']) {
        const body = categories.get(locale, slug)!.body;
        for (const pattern of says[locale]) expect(body, `${locale}/${slug}`).toMatch(pattern);
      }
  });

  it('reports a missing example', () => {
    expect(checkCategoryExamples('search-query', 'en', 'Guides name Baidu.', 'x.mdx')).toEqual([
      'x.mdx: does not name the example "Sogou" that the source gives for this sub-category',
    ]);
  });
});
