import type { Locale } from './routing';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as article numbers are written in PRC legal texts (7 → 七, 23 → 二十三). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${ones === 0 ? '' : DIGITS[ones]}`;
}

/** An article reference ("Art. 7", "Art. 3, Art. 4", "item 1(3)") in the reader's language; catalogue codes stay as they are. */
export function formatArticle(locale: Locale, article: string): string {
  if (locale !== 'zh') return article;
  return article
    .replace(/Art\.\s*(\d+)/g, (_, n: string) => `第${chineseNumber(Number(n))}条`)
    .replace(/item\s+(\d+)\((\d+)\)/g, (_, a: string, b: string) => `第${chineseNumber(Number(a))}条第（${chineseNumber(Number(b))}）项`)
    .replace(/,\s*/g, '、');
}

/** A source's name with its article, as each language writes it: "Measures Art. 7", "《办法》第七条" (no space). */
export function withArticle(locale: Locale, name: string, article: string | undefined): string {
  if (!article) return name;
  return locale === 'zh' ? `${name}${formatArticle(locale, article)}` : `${name} ${article}`;
}

/** Between two citations: "; " in English, "；" in Chinese. */
export function citationSeparator(locale: Locale): string {
  return locale === 'zh' ? '；' : '; ';
}
