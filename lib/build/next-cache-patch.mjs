// Runs after `npm ci` (postinstall) and before `next build`: one change to Next's code in node_modules, explained in
// docs/adr/0009-next-cache-entry-size.md. Plain Node (no TypeScript), so it runs before anything else is built.
//
// Next's IncrementalCache.set measures every entry with `JSON.stringify(entry).length`, and uses the figure only for
// fetch-cache entries (its 2 MB limit). For a page the entry holds the page's HTML and its RSC payload as Buffers,
// which JSON.stringify spells out as arrays of numbers: about 0.5-0.9 MB of string for one result page, 6-15 ms of
// synchronous work and as much garbage, thrown away. The change measures fetch-cache entries only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE_OF_EVERY_ENTRY = /(let|const) (\w+)\s*=\s*JSON\.stringify\((\w+)\)\.length;(\s*)if\s*\(\s*(\w+)\.fetchCache\s*&&\s*\2\s*>/g;
const MARK = '/* icp: size of fetch-cache entries only (docs/adr/0009) */';

/** The source with the entry size measured for fetch-cache entries only, and how many places changed. */
export function patchSource(source) {
  let count = 0;
  const patched = source.replace(SIZE_OF_EVERY_ENTRY, (_all, decl, size, entry, space, ctx) => {
    count++;
    return `${decl} ${size}=${MARK}${ctx}.fetchCache?JSON.stringify(${entry}).length:0;${space}if(${ctx}.fetchCache&&${size}>`;
  });
  return { patched, count };
}

function* scripts(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Patches every file of Next's dist that measures cache entries; returns the files changed and those already done. */
export function patchNext(nextDir) {
  const changed = [];
  const done = [];
  for (const file of scripts(join(nextDir, 'dist'))) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('.fetchCache')) continue;
    if (source.includes(MARK)) done.push(file);
    const { patched, count } = patchSource(source);
    if (count === 0) continue;
    writeFileSync(file, patched);
    changed.push(file);
  }
  return { changed, done };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const nextDir = join(process.cwd(), 'node_modules', 'next');
  const { changed, done } = patchNext(nextDir);
  if (changed.length === 0 && done.length === 0) {
    // A Next upgrade moved or fixed the code: the site still works, the test in next-cache-patch.test.ts says to look.
    console.warn('next-cache-patch: found no cache-entry size to patch in node_modules/next (see docs/adr/0009)');
  } else if (changed.length > 0) {
    console.log(`next-cache-patch: cache entries sized for fetch-cache entries only in ${changed.length} files of Next`);
  }
}
