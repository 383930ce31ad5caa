import fs from 'node:fs';
import path from 'node:path';

// Noto Sans SC as @fontsource ships it: ~100 unicode-range subsets per weight, WOFF (satori reads WOFF, not WOFF2).
const DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');

type Range = readonly [number, number];
let subsets: readonly { name: string; ranges: readonly Range[] }[] | undefined;

function table() {
  if (subsets) return subsets;
  const json = JSON.parse(fs.readFileSync(path.join(DIR, 'unicode.json'), 'utf8')) as Record<string, string>;
  subsets = Object.entries(json).map(([key, list]) => ({
    name: key.replace(/^\[(.*)\]$/, '$1'),
    ranges: list.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
    }),
  }));
  return subsets;
}

// Each subset file's data, read once: the image renderer (satori) keeps the font it parsed from a data object for as
// long as that object lives, so handing it the same object each time parses each subset once per process instead of
// once per image. Bounded by the package: at most one entry per subset and weight.
const loaded = new Map<string, ArrayBuffer>();

function subsetData(file: string): ArrayBuffer {
  let data = loaded.get(file);
  if (!data) {
    const buffer = fs.readFileSync(path.join(DIR, 'files', file));
    data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    loaded.set(file, data);
  }
  return data;
}

/** The subset files (of one weight) that hold the glyphs of `text`, read from the package: nothing is fetched. */
export function cjkFonts(text: string, weight: 400 | 700): { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }[] {
  const codes = new Set([...text].map((ch) => ch.codePointAt(0)!));
  const needed = table().filter((s) => [...codes].some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
  // One family name per subset: satori keeps one font per name and weight, and falls back across the list by glyph.
  return needed.map((s) => ({
    name: `Noto Sans SC ${s.name}`,
    data: subsetData(`noto-sans-sc-${s.name}-${weight}-normal.woff`),
    weight,
    style: 'normal' as const,
  }));
}
