import type { Locale } from '@/lib/i18n/routing';

/**
 * The examples the source article gives for each B25 sub-category (issue 11), as each locale's page must name them.
 * They are commentary, not official classifications; the pages say so.
 */
export const CATEGORY_EXAMPLES: Record<string, Record<Locale, readonly string[]>> = {
  'release-delivery': {
    en: ['58同城', 'Sina', 'Youku', 'Baidu Wenku', "Apple's App Store", 'P2P video', 'discount', 'group-buying'],
    zh: ['58同城', '新浪', '优酷', '百度文库', '苹果App Store', 'P2P视频', '折扣', '团购'],
  },
  'search-query': { en: ['Baidu', 'Sogou'], zh: ['百度', '搜狗'] },
  community: {
    en: ['Sina Weibo', 'QQ Zone', 'Renren', 'WeChat Moments', 'Douban', 'Zhihu'],
    zh: ['新浪微博', 'QQ空间', '人人网', '微信朋友圈', '豆瓣', '知乎'],
  },
  'instant-interaction': { en: ['QQ', 'WeChat', 'Momo'], zh: ['QQ', '微信', '陌陌'] },
  'protection-processing': {
    en: ['360 antivirus', 'Tencent Mobile Manager', 'Baidu Mobile Guard', 'encrypted communications', 'spam blocking', 'do-not-disturb'],
    zh: ['360杀毒', '腾讯手机管家', '百度手机卫士', '加密通信', '垃圾信息拦截', '免打扰'],
  },
};

/** The examples a category page fails to name, as "file: ..." problems. */
export function checkCategoryExamples(slug: string, locale: Locale, body: string, file: string): string[] {
  return (CATEGORY_EXAMPLES[slug]?.[locale] ?? [])
    .filter((name) => !body.includes(name))
    .map((name) => `${file}: does not name the example "${name}" that the source gives for this sub-category`);
}
