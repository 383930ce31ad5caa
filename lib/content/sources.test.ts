import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/assessment/rules';
import { ContentError } from './errors';
import { sourceEntrySchema } from './schema';
import { trustOf } from './source-hosts';
import { getSourceTable, resolveSources } from './sources';
import { sourcesApi } from './sources-api';

const table = getSourceTable();

describe('the source table (content/sources.yaml)', () => {
  it('holds every source id the rules cite', () => {
    for (const rule of RULES) for (const c of rule.citations) expect(table.has(c.source), `${rule.id} cites ${c.source}`).toBe(true);
  });

  it('links only to authorities and trusted sites, never to the agency pages the brief marks A', () => {
    for (const s of table.values()) if (s.url) expect(trustOf(s.url), `${s.id}: ${s.url}`).not.toBeNull();
    for (const s of table.values()) if (s.translation) expect(trustOf(s.translation.url), `${s.id}: ${s.translation.url}`).not.toBeNull();
    for (const agency of [
      'http://www.plnmw.com/ConsultingServices/yiyylxlssc.html',
      'https://appinchina.co/government-documents/administrative-measures-on-telecommunications-business-permits-2017',
      'http://jinmi8.com/doc/7470/25298',
      'https://m.007swz.com/xinxi/30097591.html',
      'https://github.com/someone/notes/blob/main/icp.md',
    ])
      expect(trustOf(agency), agency).toBeNull();
  });

  it('gives every official text and reproduction its issuer, and says where a non-official link’s text is published', () => {
    for (const s of table.values()) {
      if (s.kind !== 'commentary') expect(s.issuer, s.id).toBeDefined();
      if (s.kind === 'official' && s.url) expect(new URL(s.url).hostname, s.id).toMatch(/(^|\.)gov\.cn$/);
      if (s.kind === 'reproduction') expect(s.publishedIn, s.id).toBeDefined();
      expect(s.lastChecked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('cites the 2023 Interim Measures for generative AI as an official text', () => {
    const s = table.get('genai-measures');
    expect(s?.kind).toBe('official');
    expect(s?.nameZh).toBe('《生成式人工智能服务管理暂行办法》');
    expect(s?.number?.en).toBe('Order No. 15');
    expect(s?.effective).toBe('2023-08-15');
    expect(new URL(s!.url!).hostname).toBe('www.cac.gov.cn');
  });

  it('rejects an entry that calls a non-official address official, or a reproduction that does not say where the text is', () => {
    const base = {
      id: 'x',
      nameEn: 'Some measures',
      nameZh: '某办法',
      issuer: { en: 'MIIT', zh: '工业和信息化部' },
      lastChecked: '2026-12-01',
    };
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://www.gov.cn/a.htm', confidence: 'low' }).success).toBe(
      true,
    );
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://example.com/a.htm', confidence: 'low' }).success).toBe(
      false,
    );
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'reproduction', url: 'https://example.com/a.htm' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, issuer: undefined, kind: 'commentary' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://www.gov.cn/a', lastChecked: undefined }).success).toBe(
      false,
    );
  });

  it('requires every address to carry its confidence, and a commentary its date or the reason it has none', () => {
    const base = {
      id: 'x',
      nameEn: 'Some measures',
      nameZh: '某办法',
      issuer: { en: 'MIIT', zh: '工业和信息化部' },
      lastChecked: '2026-12-01',
    };
    const ok = (entry: object) => sourceEntrySchema.safeParse({ ...base, ...entry }).success;
    expect(ok({ kind: 'official', url: 'https://www.gov.cn/a.htm' })).toBe(false);
    expect(ok({ kind: 'official', publishedIn: { en: 'Gazette', zh: '公报' }, confidence: 'high' })).toBe(false);
    const translation = { url: 'https://www.chinalawtranslate.com/en/x/', by: { en: 'CLT', zh: 'CLT' } };
    expect(ok({ kind: 'official', publishedIn: { en: 'Gazette', zh: '公报' }, translation })).toBe(false);
    expect(ok({ kind: 'official', publishedIn: { en: 'Gazette', zh: '公报' }, translation: { ...translation, confidence: 'high' } })).toBe(
      true,
    );
    const commentary = { kind: 'commentary', url: 'https://law.asia/x/', confidence: 'high' };
    expect(ok(commentary)).toBe(false);
    expect(ok({ ...commentary, date: '2024' })).toBe(true);
    expect(ok({ ...commentary, date: '2024-09' })).toBe(true);
    expect(ok({ ...commentary, date: '2024-13' })).toBe(false);
    expect(ok({ ...commentary, undated: 'maintained' })).toBe(true);
    expect(ok({ ...commentary, date: '2024', undated: 'not-recorded' })).toBe(false);
  });

  it('gives every commentary its date or says why it has none, and every address its confidence', () => {
    for (const s of table.values()) {
      if (s.kind === 'commentary') expect(Boolean(s.date) !== Boolean(s.undated), s.id).toBe(true);
      if (s.url) expect(s.confidence, s.id).toBeDefined();
    }
  });

  it('holds the sources of the version-3 rules, at the addresses and with the confidence the brief gives (§12.11)', () => {
    const official = (id: string) => table.get(id);
    expect(official('security-assessment-provisions')).toMatchObject({
      kind: 'official',
      url: 'http://www.cac.gov.cn/2018-11/15/c_1123716072.htm',
      confidence: 'high',
      effective: '2018-11-30',
    });
    expect(official('security-assessment-provisions')?.translation?.url).toMatch(/^https:\/\/www\.chinalawtranslate\.com\//);
    expect(official('public-account-provisions')).toMatchObject({
      url: 'http://www.cac.gov.cn/2021-01/22/c_1612887880656609.htm',
      confidence: 'medium',
      effective: '2021-02-22',
    });
    expect(official('pilot-2024')).toMatchObject({
      url: 'https://www.gov.cn/zhengce/zhengceku/202404/content_6944441.htm',
      confidence: 'high',
    });
    expect(official('order-292')?.confidence).toBe('low');
    expect(official('avsp-provisions')).toMatchObject({
      url: 'https://www.nrta.gov.cn/art/2007/12/29/art_1588_43750.html',
      confidence: 'low',
    });
    for (const id of [
      'ecommerce-law',
      'rep-office-regulations',
      'cepa-telecom',
      'pilot-areas',
      'hainan-ftp-law',
      'service-sector-plan-2025',
      'avsp-accounts-2016',
      'ecommerce-live-culture',
      'filing-subjects',
      'after-licence-filing',
      'b22-practice',
      'platform-live-categories',
    ])
      expect(table.has(id), id).toBe(true);
    // Official texts with no official address found say where they are published instead.
    for (const id of ['rep-office-regulations', 'cepa-telecom', 'hainan-ftp-law', 'service-sector-plan-2025', 'fite-provisions']) {
      expect(official(id)).toMatchObject({ kind: 'official', publishedIn: expect.anything() });
      expect(official(id)?.url, id).toBeUndefined();
    }
    expect(official('service-sector-plan-2025')?.publishedIn?.en).toMatch(/no act implementing them had been found/);
  });

  it('resolves a page’s references, and names the file when an id is unknown', () => {
    const cited = resolveSources(['order-292', { id: 'catalogue-2015', article: 'B25', note: 'n' }], 'content/en/x.mdx');
    expect(cited.map((c) => c.entry.id)).toEqual(['order-292', 'catalogue-2015']);
    expect(cited[1]).toMatchObject({ article: 'B25', note: 'n' });
    expect(() => resolveSources(['no-such-source'], 'content/en/x.mdx')).toThrow(ContentError);
    expect(() => resolveSources(['no-such-source'], 'content/en/x.mdx')).toThrow(/content\/en\/x\.mdx: .*no source "no-such-source"/);
  });
});

describe('GET /api/sources body', () => {
  it('lists every entry with its id, both names, kind, issuer, number, date, url and last-checked date', () => {
    const { sources } = sourcesApi();
    expect(sources).toHaveLength(table.size);
    const order292 = sources.find((s) => s.id === 'order-292');
    expect(order292).toEqual({
      id: 'order-292',
      name: { en: 'Measures for the Administration of Internet Information Services', zh: '《互联网信息服务管理办法》' },
      kind: 'official',
      issuer: { en: 'State Council', zh: '国务院' },
      number: { en: 'State Council Order No. 292', zh: '国务院令第292号' },
      date: '2000-09-25',
      effective: '2000-09-25',
      publishedIn: expect.objectContaining({ en: expect.stringContaining('State Council Gazette') }),
      url: 'https://www.gov.cn/gongbao/content/2000/content_60531.htm',
      confidence: 'low',
      translation: null,
      undated: null,
      lastChecked: '2026-12-07',
    });
    expect(sources.find((s) => s.id === 'mps-order-33')?.url).toBeNull();
    expect(sources.find((s) => s.id === 'fite-provisions')?.translation).toMatchObject({
      by: { en: 'China Law & Practice' },
      confidence: 'high',
    });
  });
});
