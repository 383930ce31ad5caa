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
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://www.gov.cn/a.htm' }).success).toBe(true);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://example.com/a.htm' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'reproduction', url: 'https://example.com/a.htm' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, issuer: undefined, kind: 'commentary' }).success).toBe(false);
    expect(sourceEntrySchema.safeParse({ ...base, kind: 'official', url: 'https://www.gov.cn/a', lastChecked: undefined }).success).toBe(
      false,
    );
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
      lastChecked: '2026-12-01',
    });
    expect(sources.find((s) => s.id === 'mps-order-33')?.url).toBeNull();
  });
});
