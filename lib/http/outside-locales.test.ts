import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_FILES, languageRedirect } from './outside-locales';

describe('files outside the locales', () => {
  it('are the robots file, the sitemap and every file in public/, nothing else', () => {
    const publicFiles = fs.readdirSync(path.join(process.cwd(), 'public')).map((f) => `/${f}`);
    for (const file of ['/robots.txt', '/sitemap.xml', ...publicFiles]) expect(ROOT_FILES.has(file), file).toBe(true);
    expect([...ROOT_FILES].sort()).toEqual(['/robots.txt', '/sitemap.xml', ...publicFiles].sort());
    for (const p of ['/favicon.png', '/x.txt', '/en.txt', '/robots.txt/x', '/.env']) expect(ROOT_FILES.has(p), p).toBe(false);
  });
});

describe('the language redirect', () => {
  it('varies by Accept-Language and is private', () => {
    const response = languageRedirect(new Response(null, { status: 307, headers: { location: '/zh', vary: 'rsc' } }));
    expect(response.headers.get('vary')).toBe('rsc, Accept-Language');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(languageRedirect(new Response(null, { status: 307, headers: { vary: 'accept-language' } })).headers.get('vary')).toBe(
      'accept-language',
    );
  });

  it('leaves other answers alone', () => {
    const response = languageRedirect(new Response('x', { status: 200 }));
    expect(response.headers.get('vary')).toBeNull();
    expect(response.headers.get('cache-control')).toBeNull();
  });
});
