import type { ConsistencyRule } from './consistency';

// Old wording that icp-brief §12 (December 2026) corrects. Each `near` names what the piece is about; lookaheads at
// its start let one regular expression require two things, or exclude a piece that is about something else.
// These rules read the content files only (`messages: false`): the assessment's messages are written with the
// ruleset, and the changelog quotes released versions as they were; set `messages: true` on a rule to hold them too.

/** The 2024 pilot (§3.3, §12.1, §12.2): where it applies, and that a company may apply for it, not hold it. */
export const PILOT_RULES: readonly ConsistencyRule[] = [
  {
    id: 'pilot-approval-needed',
    why: 'a company in a pilot area may apply for the MIIT pilot approval; it does not hold 100% by being there (icp-brief §3.3, §12.1): where copy says the pilot allows 100% or lifts the cap, it names the approval',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: {
        near: /^(?![\s\S]*(?:pilot cities|20 cities|service-sector pilot cit))(?=[\s\S]*(?:\bpilot (?:area|zone)s?\b|\b2024 pilot\b|Lin-gang))(?=[\s\S]*(?:\b100 ?%|\bwholly[- ]foreign|\bwholly owned|\bcap (?:is |was )?(?:lifted|removed)))/i,
        required: [/approv/i],
      },
      zh: {
        near: /^(?![\s\S]*(?:试点城市|20个城市|20个服务业))(?=[\s\S]*(?:试点地区|试点区域|2024年试点|临港))(?=[\s\S]*(?:100%|独资|取消[^。]{0,8}(?:股比|外资)限制))/,
        required: [/批复|审批|批准/],
      },
    },
  },
  {
    id: 'pilot-may-apply',
    why: 'never "can hold" 100% in a pilot area without saying the MIIT pilot approval is needed (icp-brief §12.1): the approval is still required and the pilot plan itself was not seen [L]',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /^(?![\s\S]*approv)[\s\S]*(?:\bpilot (?:area|zone)s?\b|\b2024 pilot\b|Lin-gang)/i,
        forbidden: /\b(?:can|could|may) (?:hold|own|be)\b[^.;]*(?:100 ?%|wholly)/i,
      },
      zh: { near: /^(?![\s\S]*批复)[\s\S]*(?:试点地区|2024年试点|临港)/, forbidden: /可以?(?:由外资)?(?:100%|独资)|可(?:以)?100%持/ },
    },
  },
  {
    id: 'shanghai-not-whole',
    why: 'in Shanghai the 2024 pilot covers only the Lin-gang Special Area and the Pudong New Area, not the whole city (icp-brief §12.1)',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /^(?![\s\S]*(?:pilot cit|20 cities|service-sector pilot|\b2014\b|\b2015\b))(?=[\s\S]*\bShanghai\b)[\s\S]*\bpilot\b/i,
        required: [/Lin-gang|Pudong/],
      },
      zh: {
        near: /^(?![\s\S]*(?:试点城市|20个(?:服务业|试点|城市)|服务业扩大开放综合试点|2014|2015))(?=[\s\S]*上海)[\s\S]*试点/,
        required: [/临港|浦东/],
      },
    },
  },
  {
    id: 'beijing-not-ftz',
    why: 'the Beijing pilot area is the whole municipality (the city-wide service-sector demonstration zone), not the Beijing FTZ (icp-brief §12.1)',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /\bpilot\b/i,
        forbidden: /(?<!\bnot (?:only |just )?(?:the )?|\bnor (?:the )?)\bBeijing (?:FTZ|Free Trade (?:Zone|Pilot Zone))/i,
      },
      zh: { near: /试点/, forbidden: /(?<!不是|并非|而非|不限于|不仅是|不只是)北京(?:自贸区|自贸试验区|自由贸易试验区)/ },
    },
  },
  {
    id: 'beijing-whole-municipality',
    why: 'Beijing’s service-sector demonstration zone covers the whole municipality (icp-brief §12.1); naming it without saying so reads as a zone',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: {
        near: /Beijing['’]s (?:national )?(?:comprehensive )?(?:service-sector )?demonstration zone|demonstration zone for (?:expanding )?(?:the )?opening/i,
        required: [/whole (?:of (?:the )?)?(?:municipality|city)|city-wide|all of Beijing|anywhere in Beijing/i],
      },
      zh: { near: /北京[^。\n]{0,20}示范区/, required: [/全市|全域|整个北京/] },
    },
  },
  {
    id: 'pilot-isp-local',
    why: 'a pilot company may serve users nationwide except for internet access (ISP), which stays limited to users in the pilot area (icp-brief §12.1)',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: {
        near: /^(?=[\s\S]*\bpilot\b)[\s\S]*(?:serve (?:users |customers )?(?:nationwide|across (?:the )?(?:country|China))|users nationwide)/i,
        required: [/\bISP\b|internet access/i],
      },
      zh: { near: /^(?=[\s\S]*试点)[\s\S]*(?:面向全国|全国用户|全国范围提供)/, required: [/ISP|互联网接入|接入服务/] },
    },
  },
  {
    id: 'plan-2025-announced',
    why: 'the 2025 plan for app stores, end-user internet access and IP-VPN in 20 cities is announced, not confirmed as implemented (icp-brief §12.2): copy on it says so',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: {
        near: /^(?=[\s\S]*(?:app stores?|end[- ]users?|IP-VPN))(?=[\s\S]*(?:\b2025 plan\b|April 2025|20 (?:service-sector )?(?:pilot )?cities|pilot cities))/i,
        required: [/announced|unconfirmed|not confirmed|could not confirm|not (?:been )?verified|no act implementing|not found/i],
      },
      zh: {
        near: /^(?=[\s\S]*(?:应用商店|终端用户|为用户提供互联网接入|IP-VPN|虚拟专用网))(?=[\s\S]*(?:2025年方案|2025年4月|20个(?:服务业|试点|城市)|试点城市))/,
        required: [/尚未确认|无法确认|尚未核实|未核实|有待|尚不确定|未找到/],
      },
    },
  },
  {
    id: 'plan-2025-not-in-force',
    why: 'no act implementing the 2025 app-store, ISP and IP-VPN measures was found (icp-brief §12.2); never present them as in force',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /^(?=[\s\S]*(?:app stores?|end[- ]users?|IP-VPN))(?=[\s\S]*(?:\b2025\b|20 (?:service-sector )?(?:pilot )?cities|pilot cities))/i,
        forbidden:
          /\b(?:is|are|has been|have been|was|were) (?:now )?(?:open(?:ed)?|lifted|removed|in force|implemented)\b|\btook effect\b|\bsince (?:April )?2025\b/i,
      },
      zh: {
        near: /^(?=[\s\S]*(?:应用商店|终端用户|为用户提供互联网接入|IP-VPN|虚拟专用网))(?=[\s\S]*(?:2025|20个(?:服务业|试点|城市)|试点城市))/,
        forbidden: /(?<!尚未|未|没有)(?:已经?|现已)(?:放开|取消|开放|落地|实施|施行)|2025年起/,
      },
    },
  },
];

/** Other points §12 corrects: CEPA, the security self-assessment, the public-account provisions, the AVSP. */
export const SECTION_12_RULES: readonly ConsistencyRule[] = [
  {
    id: 'cepa-researched',
    why: 'CEPA is now set out with its conditions (icp-brief §12.3); copy no longer says it was not researched',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: { near: /\bCEPA\b/, forbidden: /not (?:been )?researched|not research(?:ed)? (?:it|them) in depth/i },
      zh: { near: /CEPA/, forbidden: /尚未深入研究|未作研究|未深入研究|没有深入研究/ },
    },
  },
  {
    id: 'security-assessment-operator',
    why: 'the 2018 security self-assessment falls on the operator of the forum, chat, live-streaming or public-account platform, not on account holders on another company’s platform (icp-brief §5, §12.7): copy on it says whom it does not cover',
    scope: 'paragraph',
    messages: false,
    patterns: {
      en: {
        near: /^(?![\s\S]*(?:generative|large-model))(?=[\s\S]*(?:security self-assessment|self security assessment|security assessment))(?=[\s\S]*(?:public[- ]opinion|social[- ]mobili[sz]ation|2018))/i,
        required: [/account holders?|accounts? (?:on|in) (?:another|other)/i],
      },
      zh: {
        near: /^(?![\s\S]*(?:生成式|大模型))(?=[\s\S]*安全(?:自)?评估)(?=[\s\S]*(?:舆论属性|社会动员|2018))/,
        required: [/账号/],
      },
    },
  },
  {
    id: 'public-account-not-2018',
    why: 'the public-account provisions are CAC rules of 2017, revised in 2021 (in force 22 February 2021); the 2018 instrument is the security-assessment provisions (icp-brief §12.5)',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /public[- ]account/i,
        forbidden:
          /\b2018 (?:CAC )?(?:public[- ]account|provisions on (?:internet user )?public)|public[- ]account (?:information service )?(?:provisions|rules)(?: of|,)? \(?2018/i,
      },
      zh: {
        near: /公众账号/,
        forbidden: /2018年[^。]*《互联网用户公众账号信息服务管理规定》|《互联网用户公众账号信息服务管理规定》（2018/,
      },
    },
  },
  {
    id: 'avsp-private-barred',
    why: 'the AVSP is reserved to wholly state-owned or state-controlled applicants, so it is barred to any privately owned company, not only a foreign-invested one (icp-brief §5): copy on foreign access to it says so',
    scope: 'sentence',
    messages: false,
    patterns: {
      en: {
        near: /^(?=[\s\S]*(?:AVSP|audio-visual programme (?:service )?licen[cs]e|audio-visual permit))[\s\S]*\bforeign/i,
        required: [/state-owned|state-controlled/i],
      },
      zh: { near: /^(?=[\s\S]*(?:视听节目许可证|AVSP))[\s\S]*(?:外资|外商)/, required: [/国有/] },
    },
  },
];
