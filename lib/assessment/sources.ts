import type { SourceEntry } from './types';

const TENCENT_FAQ = 'https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/常见问题';

/**
 * The instruments and sources the rules cite (shared/domain/icp-brief.md §11). Primary instruments
 * first. `kind` describes the cited work; where no official URL was verified, `url` is the best
 * reproduction or commentary the brief lists. Keys are permanent: rules cite them.
 */
export const SOURCES = {
  'order-292': {
    nameZh: '互联网信息服务管理办法（国务院令第292号）',
    nameEn: 'Measures for the Administration of Internet Information Services (State Council Order 292)',
    url: 'http://www.plnmw.com/ConsultingServices/yiyylxlssc.html',
    kind: 'primary',
  },
  'telecom-regulations': {
    nameZh: '中华人民共和国电信条例',
    nameEn: 'Telecommunications Regulations of the PRC',
    url: 'http://s6law.com/law/6law/law9/law90331.html',
    kind: 'primary',
  },
  'order-42': {
    nameZh: '电信业务经营许可管理办法（工业和信息化部令第42号）',
    nameEn: 'Administrative Measures on Telecommunications Business Licensing (MIIT Order 42)',
    url: 'https://appinchina.co/government-documents/administrative-measures-on-telecommunications-business-permits-2017',
    kind: 'primary',
  },
  'order-33': {
    nameZh: '非经营性互联网信息服务备案管理办法（原信息产业部令第33号）',
    nameEn: 'Administrative Measures for the Filing of Non-commercial Internet Information Services (former MII Order 33)',
    url: 'https://help.aliyun.com/en/document_detail/145343.html',
    kind: 'primary',
  },
  'catalogue-2015': {
    nameZh: '电信业务分类目录（2015年版）',
    nameEn: 'Telecommunications Business Classification Catalogue (2015 edition)',
    url: 'https://appinchina.co/government-documents/announcement-of-the-ministry-of-industry-and-information-technology-on-promulgating-the-classification-catalogue-of-telecommunications-services-version-2015/',
    kind: 'primary',
  },
  'fite-provisions': {
    nameZh: '外商投资电信企业管理规定（2022年修订）',
    nameEn: 'Provisions on the Administration of Foreign-Invested Telecommunications Enterprises (2022 revision)',
    url: 'https://www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022',
    kind: 'primary',
  },
  'negative-list-2024': {
    nameZh: '外商投资准入特别管理措施（负面清单）（2024年版）',
    nameEn: 'Special Administrative Measures for Foreign Investment Access (Negative List) (2024 edition)',
    url: 'https://china-briefing.com/news/china-approves-2024-negative-list-for-foreign-investment-access',
    kind: 'primary',
  },
  'miit-2015-196': {
    nameZh: '工业和信息化部关于放开在线数据处理与交易处理业务（经营类电子商务）外资股比限制的通告（工信部通〔2015〕196号）',
    nameEn:
      'MIIT notice lifting the foreign-equity cap on online data and transaction processing (operating e-commerce) (MIIT 2015 No. 196)',
    url: 'https://jooyee.com/en/article/detail?id=673',
    kind: 'primary',
  },
  'pilot-2024': {
    nameZh: '工业和信息化部关于开展增值电信业务扩大对外开放试点工作的通告（工信部通信函〔2024〕107号）',
    nameEn: 'MIIT notice on the pilot for further opening value-added telecom services to foreign investment (MIIT 2024 No. 107)',
    url: 'https://appinchina.co/government-documents/ministry-of-industry-and-information-technologys-notice-on-launching-pilot-work-for-expanding-opening-up-of-value-added-telecommunications-services/',
    kind: 'primary',
  },
  'app-filing-notice': {
    nameZh: '工业和信息化部关于开展移动互联网应用程序备案工作的通知（工信部信管〔2023〕105号）',
    nameEn: 'MIIT notice on the filing of mobile internet applications (MIIT 2023 No. 105)',
    url: 'https://appinchina.co/government-documents/notice-of-the-ministry-of-industry-and-information-technology-on-the-record-filing-of-mobile-internet-apps/',
    kind: 'primary',
  },
  'anti-fraud-law': {
    nameZh: '中华人民共和国反电信网络诈骗法',
    nameEn: 'Anti-Telecom and Online Fraud Law of the PRC',
    url: 'https://britishchamber.cn/new-regulations-on-the-filing-of-mobile-apps',
    kind: 'primary',
  },
  'mps-order-33': {
    nameZh: '计算机信息网络国际联网安全保护管理办法（公安部令第33号）',
    nameEn: 'Provisions on Security Protection of International Networking of Computer Information Networks (MPS Order 33)',
    url: 'https://yun.pingan.com/ssr/help/domain/icp/PSFO.PSF',
    kind: 'primary',
  },
  'mii-2002-reply': {
    nameZh: '信息产业部关于界定互联网信息服务性质的批复（信部政函〔2002〕180号）',
    nameEn: 'MII reply on defining the nature of internet information services (MII 2002 No. 180)',
    url: 'http://jinmi8.com/doc/7470/25298',
    kind: 'primary',
  },
  'mofcom-2010-272': {
    nameZh: '商务部办公厅关于外商投资互联网、自动售货机方式销售项目审批管理有关问题的通知（商资字〔2010〕272号，已于2020年废止）',
    nameEn:
      'MOFCOM circular on foreign-invested projects for sales over the internet and by vending machines (2010 No. 272; repealed 2020)',
    url: 'https://chinalawandpractice.com/2010/11/09/circular-on-issues-relevant-to-the-examination-approval-and-administration-of-foreign-invested-projects-for-sales-effected-over-the-internet-and-by-vending-machines',
    kind: 'primary',
  },
  'news-provisions': {
    nameZh: '互联网新闻信息服务管理规定',
    nameEn: 'Provisions on the Administration of Internet News Information Services',
    url: 'https://m.fx361.cc/news/2017/0608/1906069.html',
    kind: 'primary',
  },
  'online-publishing-provisions': {
    nameZh: '网络出版服务管理规定',
    nameEn: 'Provisions on the Administration of Online Publishing Services',
    url: 'http://m.gsky-link.com.cn/help/447.htm',
    kind: 'primary',
  },
  'avsp-provisions': {
    nameZh: '互联网视听节目服务管理规定',
    nameEn: 'Provisions on the Administration of Internet Audio-Visual Programme Services',
    url: 'http://www.snarkymoviereviews.com/yszz/2259.html',
    kind: 'primary',
  },
  'internet-culture-provisions': {
    nameZh: '互联网文化管理暂行规定',
    nameEn: 'Interim Provisions on the Administration of Internet Culture',
    url: 'http://www.gdhfmc.com/listing/lawsshow_pi.php?id=3622',
    kind: 'primary',
  },
  'drug-info-measures': {
    nameZh: '互联网药品信息服务管理办法',
    nameEn: 'Measures for the Administration of Internet Drug Information Services',
    url: 'http://www.hghgh.cn/detail/222.html',
    kind: 'primary',
  },
  'religion-measures': {
    nameZh: '互联网宗教信息服务管理办法',
    nameEn: 'Measures for the Administration of Internet Religious Information Services',
    url: 'https://mzj.hangzhou.gov.cn/art/2023/2/2/art_1634686_58915713.html',
    kind: 'primary',
  },
  'recruitment-provisions': {
    nameZh: '网络招聘服务管理规定（人力资源社会保障部令第44号）',
    nameEn: 'Provisions on the Administration of Online Recruitment Services (MOHRSS Order 44)',
    url: 'http://www.hzjfms.com/index.php?columnid=24&id=1389',
    kind: 'primary',
  },
  'ai-labelling-measures': {
    nameZh: '人工智能生成合成内容标识办法',
    nameEn: 'Measures for Labelling AI-Generated and Synthesised Content',
    url: 'https://udn.com/news/story/7333/8975458',
    kind: 'primary',
  },
  'tencent-filing-scope': {
    nameZh: '腾讯云：是否需要备案',
    nameEn: 'Tencent Cloud: does my site need an ICP filing?',
    url: `${TENCENT_FAQ}/备案前咨询/是否需要备案.md`,
    kind: 'secondary',
  },
  'tencent-commercial': {
    nameZh: '腾讯云：经营性备案',
    nameEn: 'Tencent Cloud: filing a commercial service',
    url: `${TENCENT_FAQ}/经营性备案.md`,
    kind: 'secondary',
  },
  'tencent-pre-approval': {
    nameZh: '腾讯云：前置审批相关',
    nameEn: 'Tencent Cloud: sector pre-approvals',
    url: `${TENCENT_FAQ}/前置审批相关.md`,
    kind: 'secondary',
  },
  'tencent-culture': {
    nameZh: '腾讯云：网络文化经营许可证',
    nameEn: 'Tencent Cloud: internet culture business licence',
    url: `${TENCENT_FAQ}/网络文化经营许可证.md`,
    kind: 'secondary',
  },
  'saas-commentary': {
    nameZh: 'PacGate：SaaS是否属于增值电信业务',
    nameEn: 'PacGate: is SaaS a value-added telecom service?',
    url: 'https://law.asia/is-saas-a-value-added-telecom-service/',
    kind: 'secondary',
  },
  'pilot-commentary': {
    nameZh: '大辉律师事务所：增值电信业务对外开放试点落地',
    nameEn: 'Dahui Lawyers: the telecom opening pilot comes to fruition',
    url: 'https://dahuilawyers.com/en/news-insights/chinas-elimination-of-foreign-investment-restrictions-in-telecoms-services-under-pilot-policy-comes-to-fruition',
    kind: 'secondary',
  },
  'self-operated-filing-view': {
    nameZh: '律师文章：自营电商网站只需备案',
    nameEn: 'Lawyer’s article: a self-operated shop needs only a filing',
    url: 'https://m.007swz.com/xinxi/30097591.html',
    kind: 'agency',
  },
  'self-operated-licence-view': {
    nameZh: '代理机构文章：自营电商网站需要ICP许可证',
    nameEn: 'Agency article: a self-operated shop needs an ICP licence',
    url: 'https://www.icp-1.com/icp/5220.html',
    kind: 'agency',
  },
  'sp-numbers': {
    nameZh: '代理机构文章：SP许可证与短信号码',
    nameEn: 'Agency article: the SP licence and SMS numbers',
    url: 'http://www.piewei.cn/index.php/shows/318/736.html',
    kind: 'agency',
  },
} as const satisfies Record<string, SourceEntry>;
