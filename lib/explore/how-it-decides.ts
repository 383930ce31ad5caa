import { QUESTIONS, RULES, RULESET_VERSION, type Question, type Rule } from '@/lib/assessment';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

/** The site path (after the locale) of the page that explains the questions and the rules. */
export const HOW_IT_DECIDES_PATH = '/how-it-decides';

/** The anchor of a rule's entry on that page. */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId}`;
}

/** The link to a rule's entry on the "how the assessment decides" page. */
export function ruleHref(locale: Locale, ruleId: string): string {
  return `${localePath(locale, HOW_IT_DECIDES_PATH)}#${ruleAnchor(ruleId)}`;
}

/** What the page is generated from: the current ruleset's questions and rules, never text written for it. */
export interface HowItDecides {
  readonly version: string;
  readonly questions: readonly Question[];
  readonly rules: readonly Rule[];
}

export function howItDecides(): HowItDecides {
  return { version: RULESET_VERSION, questions: QUESTIONS, rules: RULES as readonly Rule[] };
}

export interface FlowNode {
  readonly id: string;
  /** Lines of the question's title, wrapped to fit the box. */
  readonly lines: readonly string[];
  readonly conditional: boolean;
  readonly y: number;
  readonly height: number;
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly boxX: number;
  readonly boxWidth: number;
  readonly nodes: readonly FlowNode[];
}

const BOX_WIDTH = 300;
const LINE_HEIGHT = 18;
const PADDING = 12;
const GAP = 30;
/** Roughly how wide a character is at the diagram's 14 px: CJK characters are square, Latin ones about half. */
const charWidth = (c: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 14 : 7.4);

/** Wraps a title into lines no wider than the box (at spaces in Latin text, anywhere in CJK text). */
export function wrap(text: string, width = BOX_WIDTH - 2 * PADDING): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const w = [...token.trimEnd()].reduce((n, c) => n + charWidth(c), 0);
    if (used + w > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    line += token;
    used += [...token].reduce((n, c) => n + charWidth(c), 0);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The diagram's geometry: the questions top to bottom, a bypass beside each one that has a condition. */
export function flowLayout(questions: readonly Question[], title: (id: string) => string): FlowLayout {
  let y = 20;
  const nodes = questions.map((q) => {
    const lines = wrap(title(q.id));
    const height = lines.length * LINE_HEIGHT + 2 * PADDING;
    const node = { id: q.id, lines, conditional: q.when !== undefined, y, height };
    y += height + GAP;
    return node;
  });
  return { width: BOX_WIDTH + 200, height: y, boxX: 20, boxWidth: BOX_WIDTH, nodes };
}
