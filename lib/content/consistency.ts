import type { Locale } from '@/lib/i18n/routing';
import type { CopyText } from './corpus';
import { PILOT_RULES, SECTION_12_RULES } from './consistency-section-12';

/**
 * Statements the rules make that copy must not contradict, where a machine can tell (issue 11, icp-brief §7, §10).
 * Each rule looks at one paragraph (or sentence) at a time: when it mentions `near`, it must not say `forbidden`
 * and must say every pattern in `required`. Quoted words (“…”) are ignored: quoting a source is not asserting it.
 */
export interface ConsistencyRule {
  id: string;
  why: string;
  scope: 'paragraph' | 'sentence';
  /** False: the rule reads content files only (pages, FAQ, glossary, source table), not the interface messages. */
  messages?: boolean;
  patterns: Record<Locale, { near: RegExp; forbidden?: RegExp; required?: readonly RegExp[] }>;
}

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  {
    id: 'offshore-never-not-needed',
    why: 'an ICP filing or licence cannot be obtained for an offshore-only service, and serving mainland users from offshore is a grey zone; never say it is "not needed" (icp-brief §7, §10.9)',
    scope: 'sentence',
    patterns: {
      en: {
        near: /offshore|outside the mainland|Hong Kong/i,
        forbidden:
          /\b(?:need not be|does not need to be|do not need to be|does not have to be|not required to be|none is needed|no (?:ICP )?(?:filing|licence) (?:is )?(?:needed|required)|means no filing)\b/i,
      },
      zh: { near: /境外|香港/, forbidden: /无需|无须|也不需要|不用备案|不必/ },
    },
  },
  {
    id: 'saas-unsettled',
    why: 'the classification of subscription SaaS (B25, B21 or B11) is unsettled [L] (icp-brief §2.4, §10.3); copy that discusses its licence must say so',
    scope: 'paragraph',
    patterns: {
      en: {
        near: /\bSaaS\b[^\n]*\b(?:ICP licence|B25)\b|\b(?:ICP licence|B25)\b[^\n]*\bSaaS\b/,
        required: [/unsettled|no primary text|not settled|disputed|no one can answer|overlap/i],
      },
      zh: {
        near: /SaaS[^\n]*(?:ICP许可证|B25)|(?:ICP许可证|B25)[^\n]*SaaS/,
        required: [/尚无定论|没有原始文本定论|没有权威文本定论|没有规范性文件明确|尚无原始文本|有争议|无定论|重叠/],
      },
    },
  },
  {
    id: 'pilot-areas-complete',
    why: 'where copy lists the 2024 pilot areas it names all of them (icp-brief §3.3, §12.1); copy about Shanghai alone names Lin-gang and Pudong only',
    scope: 'paragraph',
    patterns: {
      // A list: Lin-gang with another area. Lin-gang alone is copy about Shanghai, which shanghai-not-whole checks.
      en: { near: /^(?=[\s\S]*Lin-gang)(?=[\s\S]*(?:Beijing|Hainan|Shenzhen))/, required: [/Beijing/, /Pudong/, /Hainan/, /Shenzhen/] },
      zh: { near: /^(?=[\s\S]*临港)(?=[\s\S]*(?:北京|海南|深圳))/, required: [/北京/, /浦东/, /海南/, /深圳/] },
    },
  },
  {
    id: 'b22-b24-open',
    why: 'B22, B23 and B24 are open to 100% foreign ownership (icp-brief §0.4, §3.2, §12.4: an agency that says B22 needs purely domestic capital is wrong); never call them capped or closed',
    scope: 'sentence',
    patterns: {
      en: {
        near: /\bB2[234]\b/,
        forbidden:
          /\bB2[234]\b[^.]*\b(?:capped at 50|at most 50|50% cap|(?:purely |only )?domestic capital|closed to foreign|not open to foreign)/,
      },
      zh: { near: /B2[234]/, forbidden: /B2[234][^。]*(?:上限为50|不得超过50|不超过50|纯内资|限内资|不对外资开放)/ },
    },
  },
  ...PILOT_RULES,
  ...SECTION_12_RULES,
];

const MESSAGES_FILE = 'lib/i18n/messages/';
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

function pieces(text: string, scope: ConsistencyRule['scope']): string[] {
  // A heading names a topic and asserts nothing.
  const paragraphs = text.split(/\n\s*\n/).filter((p) => !/^#{1,6} /.test(p.trim()));
  if (scope === 'paragraph') return paragraphs;
  // A table row or list item is a sentence of its own; a question asserts nothing.
  return paragraphs.flatMap((p) => p.split(/\n|(?<=[.。;；!！?？])\s*/)).filter((sentence) => !/[?？]\s*$/.test(sentence));
}

/** Every place where copy contradicts a rule, as "file: rule: excerpt" lines. */
export function checkConsistency(texts: readonly CopyText[], rules: readonly ConsistencyRule[] = CONSISTENCY_RULES): string[] {
  const problems: string[] = [];
  for (const { file, locale, text } of texts) {
    for (const rule of rules) {
      if (rule.messages === false && file.startsWith(MESSAGES_FILE)) continue;
      const { near, forbidden, required } = rule.patterns[locale];
      for (const piece of pieces(text, rule.scope)) {
        const plain = piece.replace(QUOTED, '“”');
        if (!near.test(plain)) continue;
        const bad = forbidden?.test(plain) || required?.some((r) => !r.test(plain));
        if (bad) problems.push(`${file}: ${rule.id} (${rule.why}): "${piece.trim().slice(0, 160)}"`);
      }
    }
  }
  return problems;
}
