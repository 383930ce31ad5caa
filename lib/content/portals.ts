import type { Confidence } from '@/lib/assessment/types';
import type { Locale } from '@/lib/i18n/routing';

/** An official site where one applies, files or looks up a permit, as the domain brief gives it. */
export interface Portal {
  readonly url: string;
  readonly name: Readonly<Record<Locale, string>>;
  /** The brief's confidence in the address ([H], [M], [L]). */
  readonly confidence: Confidence;
}

/**
 * The official portals the packs may link, from shared/domain/icp-brief.md §12.10 (sources S2, S13, S15, S117, S118),
 * with the brief's confidence. No other address is linked as a place to apply: a pack with no portal here names its
 * channel in words. To add one, cite it in the brief first.
 */
export const PORTALS = {
  'miit-filing': {
    url: 'https://beian.miit.gov.cn',
    name: { en: 'MIIT ICP/IP/domain filing system', zh: '工业和信息化部ICP/IP地址/域名信息备案管理系统' },
    confidence: 'high',
  },
  'miit-telecom-licensing': {
    url: 'https://tsm.miit.gov.cn',
    name: { en: 'MIIT telecom business licensing system (TSM)', zh: '工业和信息化部电信业务市场综合管理信息系统' },
    confidence: 'medium',
  },
  'miit-services': {
    url: 'https://ythzxfw.miit.gov.cn',
    name: { en: 'MIIT government-service platform', zh: '工业和信息化部政务服务平台' },
    confidence: 'medium',
  },
  'mps-security-platform': {
    url: 'http://www.beian.gov.cn',
    name: { en: 'National internet security management service platform (Ministry of Public Security)', zh: '全国互联网安全管理服务平台' },
    confidence: 'high',
  },
  'cac-algorithm-filing': {
    url: 'https://beian.cac.gov.cn',
    name: { en: 'CAC internet information service algorithm filing system', zh: '互联网信息服务算法备案系统' },
    confidence: 'high',
  },
  nrta: {
    url: 'https://www.nrta.gov.cn',
    name: { en: 'National Radio and Television Administration (official site)', zh: '国家广播电视总局（官方网站）' },
    confidence: 'medium',
  },
  nppa: {
    url: 'https://www.nppa.gov.cn',
    name: { en: 'National Press and Publication Administration (official site)', zh: '国家新闻出版署（官方网站）' },
    confidence: 'medium',
  },
  'nppa-game-approval': {
    url: 'https://www.nppa.gov.cn/bsfw/xksx/cbfxl/wlcbfwspsx/202210/t20221013_600725.html',
    name: { en: 'NPPA: the online game publication approval item', zh: '国家新闻出版署：网络游戏出版审批事项' },
    confidence: 'low',
  },
} as const satisfies Record<string, Portal>;

export type PortalId = keyof typeof PORTALS;
export const PORTAL_IDS = Object.keys(PORTALS) as [PortalId, ...PortalId[]];
