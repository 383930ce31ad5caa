import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_FILES, isRootFile } from './outside-locales';

describe('files outside the locales', () => {
  it('are the robots file, the sitemap and every file in public/, nothing else', () => {
    const publicFiles = fs.readdirSync(path.join(process.cwd(), 'public')).map((f) => `/${f}`);
    for (const file of ['/robots.txt', '/sitemap.xml', ...publicFiles]) expect(isRootFile(file), file).toBe(true);
    expect([...ROOT_FILES].sort()).toEqual(['/robots.txt', '/sitemap.xml', ...publicFiles].sort());
    for (const p of ['/favicon.png', '/x.txt', '/en.txt', '/robots.txt/x', '/.env']) expect(isRootFile(p), p).toBe(false);
  });
});
