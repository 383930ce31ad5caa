import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchSource } from './next-cache-patch.mjs';

// Next's own two spellings of the line: its minified runtime bundles and its readable dist/server.
const MINIFIED =
  'async set(e,t,r){let n=e;let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){return"too big"}return"stored"}';
const READABLE = `async set(pathname, data, ctx) {
        const itemSize = JSON.stringify(data).length;
        if (ctx.fetchCache && itemSize > 2 * 1024 * 1024 && !this.hasCustomCacheHandler) {
            return "too big";
        }
        return "stored";
    }`;

/** The patched method, callable: an object with the method `set` of the source. */
function method(source: string): { set: (key: string, entry: unknown, ctx: { fetchCache?: boolean }) => Promise<string> } {
  return new Function(`return { hasCustomCacheHandler: false, ${source} };`)();
}

/** An entry whose serialisation is counted: what JSON.stringify of a page's Buffers costs. */
function countedEntry() {
  const entry = { serialised: 0, toJSON: () => (entry.serialised++, 'x'.repeat(3 * 1024 * 1024)) };
  return entry;
}

describe('the cache-entry size patch (docs/adr/0009)', () => {
  it.each([
    ['minified', MINIFIED],
    ['readable', READABLE],
  ])('leaves page entries unserialised and keeps the fetch-cache limit (%s)', async (_kind, source) => {
    const { patched, count } = patchSource(source);
    expect(count).toBe(1);
    const page = countedEntry();
    expect(await method(patched).set('/en/result/x', page, {})).toBe('stored');
    expect(page.serialised).toBe(0);
    const fetched = countedEntry();
    expect(await method(patched).set('https://x', fetched, { fetchCache: true })).toBe('too big');
    expect(fetched.serialised).toBe(1);
    // Unpatched, the page entry is serialised for nothing: what the patch is for.
    const before = countedEntry();
    await method(source).set('/en/result/x', before, {});
    expect(before.serialised).toBe(1);
  });

  it('patches once: a patched source is left as it is', () => {
    const once = patchSource(MINIFIED).patched;
    expect(patchSource(once)).toEqual({ patched: once, count: 0 });
  });

  it('is applied to the Next that serves the site (else an upgrade changed the code: re-read the ADR)', () => {
    const next = join(createRequire(import.meta.url).resolve('next/package.json'), '..');
    for (const bundle of ['app-page-turbo.runtime.prod.js', 'app-route-turbo.runtime.prod.js']) {
      const source = readFileSync(join(next, 'dist/compiled/next-server', bundle), 'utf8');
      expect(source, bundle).toContain('icp: size of fetch-cache entries only');
      expect(patchSource(source).count, bundle).toBe(0);
    }
  });
});
