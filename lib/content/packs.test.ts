import { describe, expect, it } from 'vitest';
import { OBLIGATION_IDS } from '@/lib/assessment/types';
import { LOCALES } from '@/lib/i18n/routing';
import { checkContent } from './check';
import { getPacks, packFor, packProblems, packSources, packsSchema } from './packs';
import { PORTALS } from './portals';

/** The official portals of icp-brief §12.10: the only addresses a pack may give as a place to apply. */
const BRIEF_PORTAL_HOSTS = [
  'beian.miit.gov.cn',
  'tsm.miit.gov.cn',
  'ythzxfw.miit.gov.cn',
  'www.beian.gov.cn',
  'beian.cac.gov.cn',
  'www.nrta.gov.cn',
  'www.nppa.gov.cn',
];

describe('permit packs', () => {
  it('cover every obligation, once, in every locale, in the same order', () => {
    for (const locale of LOCALES) expect(getPacks(locale).map((p) => p.obligation)).toEqual([...OBLIGATION_IDS]);
    expect(packProblems(Object.fromEntries(LOCALES.map((l) => [l, getPacks(l)])))).toEqual([]);
  });

  it('name where one applies: a portal of the brief where it gives one, the channel in words where it does not', () => {
    for (const portal of Object.values(PORTALS)) expect(BRIEF_PORTAL_HOSTS).toContain(new URL(portal.url).host);
    for (const locale of LOCALES) {
      expect(packFor(locale, 'icp-filing')!.portals.map((p) => p.id)).toEqual(['miit-filing']);
      expect(packFor(locale, 'psb-filing')!.portals.map((p) => p.url)).toEqual(['http://www.beian.gov.cn']);
      expect(packFor(locale, 'icp-licence')!.portals.map((p) => p.id)).toContain('miit-telecom-licensing');
      expect(packFor(locale, 'security-assessment')!.portals.map((p) => p.id)).toEqual(['mps-security-platform']);
      // The generative-AI filing has no portal of its own: it goes through the local cyberspace administration.
      const genai = packFor(locale, 'genai-filing')!;
      expect(genai.portals.map((p) => p.id)).toEqual(['cac-algorithm-filing']);
      expect(genai.apply.channel).toMatch(/local|属地/);
      // No invented address in the words either.
      for (const pack of getPacks(locale))
        for (const host of pack.apply.channel.match(/[a-z0-9.-]+\.(?:cn|com)\b/g) ?? []) expect(BRIEF_PORTAL_HOSTS).toContain(host);
    }
  });

  it('give the statutory limit with its source, and say when practice figures have none', () => {
    for (const locale of LOCALES)
      for (const pack of getPacks(locale)) {
        expect(pack.timeLimit.cited.length, `${locale} ${pack.obligation}`).toBeGreaterThan(0);
        expect(packSources(pack).length).toBeGreaterThanOrEqual(pack.cited.length);
      }
    expect(packFor('en', 'icp-licence')!.practice!.text).toMatch(/agencies/);
    expect(packFor('en', 'icp-filing')!.practice!.cited.length).toBeGreaterThan(0);
  });

  it('name money only with a source: no agency prices', () => {
    for (const locale of LOCALES)
      for (const pack of getPacks(locale)) {
        const text = JSON.stringify(pack);
        expect(text, `${locale} ${pack.obligation}`).not.toMatch(/(?:RMB|¥|元)\s?\d[\d,]*(?:\s?(?:per|\/)\s?(?:year|month))/i);
      }
  });

  it('are checked: a pack without sources, with a bad date or an unknown portal is refused', () => {
    const { cited: _cited, portals: _portals, timeLimit, practice: _practice, ...pack } = getPacks(LOCALES[0])[0]!;
    const raw = { ...pack, timeLimit: { text: timeLimit.text, sources: ['order-33'] } };
    expect(packsSchema.safeParse([raw]).success).toBe(true);
    expect(packsSchema.safeParse([{ ...raw, sources: [] }]).success).toBe(false);
    expect(packsSchema.safeParse([{ ...raw, lastReviewed: '2026-02-30' }]).success).toBe(false);
    expect(packsSchema.safeParse([{ ...raw, apply: { channel: 'Online', portals: ['example-portal'] } }]).success).toBe(false);
    expect(packsSchema.safeParse([{ ...raw, timeLimit: { text: '60 days', sources: [] } }]).success).toBe(false);
  });

  it('reports a missing obligation, an obligation with two packs and locales in different orders', () => {
    const [a, b] = getPacks(LOCALES[0]);
    expect(packProblems({ en: [a!, b!] }).filter((p) => p.includes('has no pack'))).toHaveLength(OBLIGATION_IDS.length - 2);
    expect(packProblems({ en: [a!, a!] }).some((p) => p.includes('two packs'))).toBe(true);
    expect(packProblems({ en: [a!, b!], zh: [b!, a!] }).some((p) => p.includes('same order'))).toBe(true);
  });

  it('the content check warns when a pack has not been reviewed for too long', async () => {
    const report = await checkContent({ maxAgeDays: 180, today: new Date('2028-01-01T00:00:00Z') });
    expect(report.errors).toEqual([]);
    expect(report.warnings.some((w) => /packs\.yaml: pack for icp-filing: last reviewed/.test(w))).toBe(true);
  });
});
