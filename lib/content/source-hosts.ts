import { isOfficialHost } from './schema';

/**
 * The sites a source may come from, each with what makes it trustworthy (issue 11: an authority, a court, a law firm,
 * a cloud or platform provider's documentation, or an established publication; the Hong Kong SAR government for CEPA).
 * A vendor's documentation is cited on the vendor's own site; its own GitHub repository only where no page of its own
 * site was found (Tencent Cloud's filing FAQs, Huawei Cloud's filing knowledge base). Agencies' and consultancies'
 * marketing pages are not on it. To cite a new site, add its host here with its category.
 */
export const TRUSTED_HOSTS = {
  // law firms (and a law journal publishing them)
  'law.asia': 'law firm',
  'beta2.law.asia': 'law firm',
  'dahuilawyers.com': 'law firm',
  'www.kwm.com': 'law firm',
  'eoasis.rajahtann.com': 'law firm',
  'everbrightlaw.com': 'law firm',
  'www.chinalawblog.com': 'law firm',
  'britishchamber.cn': 'law firm',
  'junhe.com': 'law firm',
  'www.rplawyers.com': 'law firm',
  'jtn.com': 'law firm',
  'www.chinalawinsight.com': 'law firm',
  // cloud and platform providers' documentation
  'github.com': 'provider documentation',
  'help.aliyun.com': 'provider documentation',
  'yun.pingan.com': 'provider documentation',
  'developers.weixin.qq.com': 'provider documentation',
  'docs.aws.amazon.com': 'provider documentation',
  'developer.open-douyin.com': 'provider documentation',
  'www.volcengine.com': 'provider documentation',
  // established publications
  'china-briefing.com': 'publication',
  'www.lexology.com': 'publication',
  'www.chinalawandpractice.com': 'publication',
  'chinalawandpractice.com': 'publication',
  'www.lexiscn.com': 'publication',
  'hk.lexiscn.com': 'publication',
  'www.chinalawtranslate.com': 'publication',
  'conventuslaw.com': 'publication',
  'www.jdsupra.com': 'publication',
  'www.digitalcommerce360.com': 'publication',
  'en.people.cn': 'publication',
  'global.chinadaily.com.cn': 'publication',
  'regional.chinadaily.com.cn': 'publication',
  'www.ecns.cn': 'publication',
  'en.c114.com.cn': 'publication',
  'www.wionews.com': 'publication',
  'udn.com': 'publication',
  'www.geopolitechs.org': 'publication',
  'www.newamerica.org': 'publication',
  'hkmb.hktdc.com': 'publication',
  // the Hong Kong SAR government (official, but not a mainland publisher: cited as commentary on CEPA)
  'www.ofca.gov.hk': 'Hong Kong SAR government',
  'www.info.gov.hk': 'Hong Kong SAR government',
} as const satisfies Record<string, 'law firm' | 'provider documentation' | 'publication' | 'Hong Kong SAR government'>;

/** github.com is trusted only for a cloud provider's own documentation repository (Tencent Cloud's, Huawei Cloud's). */
const GITHUB_DOCS = /^\/(?:tencentyun\/qcloud-documents|huaweicloud\/huaweicloud-skills)\//;

/** Why a source's address may be cited, or null when its site is not an authority nor on the trusted list. */
export function trustOf(url: string): string | null {
  const { hostname, pathname } = new URL(url);
  if (isOfficialHost(hostname)) return 'authority';
  if (hostname === 'github.com') return GITHUB_DOCS.test(decodeURI(pathname)) ? 'provider documentation' : null;
  return (TRUSTED_HOSTS as Record<string, string>)[hostname] ?? null;
}
