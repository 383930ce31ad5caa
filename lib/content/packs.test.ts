import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { checkContent } from './check';
import { getPacks, packFor, packProblems, packsSchema } from './packs';

describe('application packs', () => {
  it('cover the filing, public-security filing, app filing and the telecom licences in every locale', () => {
    for (const locale of LOCALES) {
      for (const id of [
        'icp-filing',
        'psb-filing',
        'app-filing',
        'icp-licence',
        'edi-licence',
        'news-permit',
        'game-approval',
        'genai-filing',
      ] as const)
        expect(packFor(locale, id), `${locale} ${id}`).toBeDefined();
      expect(packFor(locale, 'icp-filing')?.rejections?.length).toBeGreaterThan(3);
    }
  });

  it('are checked: a pack without sources or with a bad date is refused', () => {
    const { cited: _cited, ...pack } = getPacks(LOCALES[0])[0]!;
    expect(packsSchema.safeParse([{ ...pack, sources: [] }]).success).toBe(false);
    expect(packsSchema.safeParse([{ ...pack, lastReviewed: '2026-02-30' }]).success).toBe(false);
    expect(packsSchema.safeParse([pack]).success).toBe(true);
    expect(_cited.length).toBe(pack.sources.length);
  });

  it('reports locales that cover different obligations, and an obligation with two packs', () => {
    const [a, b] = getPacks(LOCALES[0]);
    expect(packProblems({ en: [a!, b!], zh: [a!] })).toHaveLength(1);
    expect(packProblems({ en: [a!, a!], zh: [a!, a!] })).toHaveLength(2);
    expect(packProblems(Object.fromEntries(LOCALES.map((l) => [l, getPacks(l)])))).toEqual([]);
  });

  it('the content check warns when a pack has not been reviewed for too long', async () => {
    const report = await checkContent({ maxAgeDays: 180, today: new Date('2028-01-01T00:00:00Z') });
    expect(report.errors).toEqual([]);
    expect(report.warnings.some((w) => /packs\.yaml: pack for icp-filing: last reviewed/.test(w))).toBe(true);
  });
});
