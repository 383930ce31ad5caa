import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One line of Chinese copy with where it comes from. */
export interface ZhLine {
  file: string;
  line: number;
  text: string;
}

const HAN = '\\p{Script=Han}';
/** Half-width , ; : ? ! ( ) next to a Chinese character (Chinese copy uses ，；：？！（）). */
const HALF_WIDTH = new RegExp(`(?<=${HAN})[,;:?!()]|[,;:?!()](?=${HAN})`, 'u');

/** The instruments whose Chinese names must stand in 《》 (from content/sources.yaml, plus common short forms). */
export function instrumentNames(root: string): string[] {
  const table = parse(fs.readFileSync(path.join(root, 'content/sources.yaml'), 'utf8')) as { nameZh: string }[];
  const names = table
    .map((s) => /^《([^》]+)》/.exec(s.nameZh)?.[1])
    .filter((n): n is string => Boolean(n))
    .map((n) => n.replace(/（[^）]*）$/, ''));
  return [...new Set([...names, '电信条例', '电信业务分类目录'])].sort((a, b) => b.length - a.length);
}

/** Problems in one line of Chinese copy: 你, half-width punctuation next to Chinese, an instrument named outside 《》. */
export function zhLineProblems(text: string, names: readonly string[]): string[] {
  const problems: string[] = [];
  // URLs, link targets and inline code are not copy.
  const copy = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/`[^`]*`/g, '');
  if (copy.includes('你')) problems.push('uses 你 (the site says 您)');
  const half = HALF_WIDTH.exec(copy);
  if (half) problems.push(`half-width "${half[0].trim()}" next to Chinese: "${copy.slice(Math.max(0, half.index - 12), half.index + 12)}"`);
  const outside = copy.replace(/《[^》]*》/g, '《》');
  for (const name of names)
    if (outside.includes(name)) {
      problems.push(`names ${name} outside 《》`);
      break;
    }
  return problems;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

function linesOf(file: string, text: string): ZhLine[] {
  return text.split('\n').map((line, i) => ({ file, line: i + 1, text: line }));
}

/** Every line of Chinese copy: content/zh/**, the zh messages, and the zh fields of the glossary and the source table. */
export function zhCopy(root: string): ZhLine[] {
  const rel = (f: string) => path.relative(root, f);
  const files = [
    ...walk(path.join(root, 'content/zh')).filter((f) => /\.(mdx|yaml)$/.test(f)),
    ...walk(path.join(root, 'lib/i18n/messages/zh')).filter((f) => f.endsWith('.json')),
  ];
  const lines = files.flatMap((f) => linesOf(rel(f), fs.readFileSync(f, 'utf8')));
  const glossary = parse(fs.readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8')) as {
    id: string;
    zh: string;
    meaning: { zh: string };
  }[];
  for (const term of glossary) lines.push(...linesOf(`content/glossary.yaml#${term.id}`, `${term.zh}\n${term.meaning.zh}`));
  const sources = parse(fs.readFileSync(path.join(root, 'content/sources.yaml'), 'utf8')) as {
    id: string;
    nameZh: string;
    issuer?: { zh: string };
    number?: { zh: string };
    publishedIn?: { zh: string };
  }[];
  for (const s of sources)
    lines.push(
      ...linesOf(`content/sources.yaml#${s.id}`, [s.nameZh, s.issuer?.zh, s.number?.zh, s.publishedIn?.zh].filter(Boolean).join('\n')),
    );
  return lines;
}
