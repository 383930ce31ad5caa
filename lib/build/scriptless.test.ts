import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownClientModules, scriptlessRoute, stripScriptlessPages, withoutScripts } from './scriptless';

// The shape of a prerendered page as Next 16 writes it (shortened).
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script><title>FAQ</title>',
  '<link rel="icon" href="/icon.svg" type="image/svg+xml"/><link rel="preload" href="/og.png" as="image"/>',
  '<script src="/_next/static/chunks/d.js" noModule=""></script></head>',
  '<body><main><h1>FAQ</h1><p>Text with &lt;script&gt; in it.</p></main>',
  '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  '</body></html>',
].join('');

const MANIFEST = (modules: string[]) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/[locale]/faq/page"] = ${JSON.stringify({
    clientModules: Object.fromEntries(modules.map((m, i) => [m, { id: i, name: '*', chunks: [] }])),
  })};`;

describe('withoutScripts', () => {
  it('takes out every script a browser runs and the preload hints for scripts, and nothing else', () => {
    const html = withoutScripts(PAGE);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toContain('as="script"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"FAQPage"}</script>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="preload" href="/og.png" as="image"/>');
    expect(html).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
    expect(html).toContain('<main><h1>FAQ</h1><p>Text with &lt;script&gt; in it.</p></main>');
    expect(html).toMatch(/^<!DOCTYPE html>.*<\/html>$/);
    expect(withoutScripts(html)).toBe(html);
  });
});

describe('ownClientModules', () => {
  it("lists the project's client modules of a route, not those of packages (the framework's or any other)", () => {
    const framework = [
      '[project]/node_modules/react-hook-form/dist/index.esm.mjs <module evaluation>',
      '[project]/node_modules/react-dom/cjs/react-dom.production.js',
    ];
    expect(ownClientModules(MANIFEST(framework))).toEqual([]);
    expect(
      ownClientModules(
        MANIFEST([...framework, '[project]/components/share-buttons.tsx <module evaluation>', '[project]/components/share-buttons.tsx']),
      ),
    ).toEqual(['[project]/components/share-buttons.tsx']);
  });
});

describe('scriptlessRoute', () => {
  it('names the page-table route of the content pages, in every locale, and of nothing else', () => {
    expect(scriptlessRoute('/en')).toBe('');
    expect(scriptlessRoute('/zh/categories/community')).toBe('/categories/[slug]');
    expect(scriptlessRoute('/en/guides')).toBe('/guides');
    expect(scriptlessRoute('/zh/faq')).toBe('/faq');
    expect(scriptlessRoute('/en/glossary')).toBe('/glossary');
    for (const pathname of ['/en/assessment/q/hosting', '/en/enquiry', '/en/categories/nope', '/_not-found', '/fr', '/en/inbox/sign-in'])
      expect(scriptlessRoute(pathname), pathname).toBeNull();
  });
});

describe('stripScriptlessPages', () => {
  function fakeBuild(faqModules: string[]): string {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'scriptless-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      fs.writeFileSync(path.join(dist, file), text);
    };
    write('server/app/en/faq.html', PAGE);
    write('server/app/en/enquiry.html', PAGE);
    write('server/app/[locale]/faq/page_client-reference-manifest.js', MANIFEST(faqModules));
    return dist;
  }
  const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, 'server/app', file), 'utf8');

  it('strips the marked pages and leaves the others as Next wrote them', () => {
    const dist = fakeBuild(['[project]/node_modules/react-hook-form/dist/index.esm.mjs']);
    expect(stripScriptlessPages(dist)).toEqual(['/en/faq']);
    expect(read(dist, 'en/faq.html')).toBe(withoutScripts(PAGE));
    expect(read(dist, 'en/enquiry.html')).toBe(PAGE);
  });

  it('refuses, changing nothing, when a client component of ours is on a marked page', () => {
    const dist = fakeBuild(['[project]/components/faq-search.tsx']);
    expect(() => stripScriptlessPages(dist)).toThrow(/\/faq is marked scriptless .*\[project\]\/components\/faq-search\.tsx/);
    expect(read(dist, 'en/faq.html')).toBe(PAGE);
  });
});
