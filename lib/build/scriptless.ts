// Content pages need no script: no client component of ours is on them, and the framework's scripts only hydrate
// what the HTML already shows (and so carry the page a second time, as the RSC payload). After `next build` this
// takes Next's scripts out of their prerendered HTML (docs/adr/0008). Their .rsc payloads stay, so a page that
// does run Next's router (a question, a result) still navigates to them without a reload.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { pageFor } from '@/lib/pages';
import { isLocale } from '@/lib/i18n/routing';
import { prerenderedPages } from '@/lib/security/manifest';

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
// Data blocks (the FAQ's structured data) are not scripts a browser runs: they stay.
const DATA_BLOCK = /\stype\s*=\s*["']?application\/(?:ld\+)?json\b/i;
const SCRIPT_HINT = /<link\b[^>]*\srel\s*=\s*["']?(?:preload|modulepreload)\b[^>]*>/gi;

/** The HTML without the scripts a browser would run (external or inline) and without preload hints for scripts. */
export function withoutScripts(html: string): string {
  return html
    .replace(SCRIPT, (element, attributes: string) => (DATA_BLOCK.test(` ${attributes}`) ? element : ''))
    .replace(SCRIPT_HINT, (link) => (/\sas\s*=\s*["']?script\b/i.test(link) || /modulepreload/i.test(link) ? '' : link));
}

/** The client modules of this project (not of node_modules) that a route's client-reference manifest lists. */
export function ownClientModules(manifestSource: string): string[] {
  const context = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { clientModules: Record<string, unknown> }> } };
  vm.runInNewContext(manifestSource, context);
  const keys = Object.values(context.globalThis.__RSC_MANIFEST ?? {}).flatMap((m) => Object.keys(m.clientModules));
  return [...new Set(keys.map((key) => key.split('#')[0]!.split(' ')[0]!).filter((key) => !key.includes('/node_modules/')))];
}

/** The page-table route of a prerendered page's URL path when the table serves it without scripts, else null. */
export function scriptlessRoute(pathname: string): string | null {
  const [, locale, ...rest] = pathname.split('/');
  if (!isLocale(locale)) return null;
  const page = pageFor(locale, rest.length > 0 ? `/${rest.join('/')}` : '');
  return page && 'scriptless' in page && page.scriptless ? page.route : null;
}

/**
 * Takes the scripts out of every prerendered page the page table marks scriptless, in a `next build` output
 * directory, and returns their URL paths. Throws, changing nothing, if a client component of ours is on such a page.
 */
export function stripScriptlessPages(distDir: string): string[] {
  const pages = prerenderedPages(distDir).flatMap(({ pathname, file }) => {
    const route = scriptlessRoute(pathname);
    return route === null ? [] : [{ pathname, file, route }];
  });
  for (const route of new Set(pages.map((p) => p.route))) {
    const manifest = path.join(
      distDir,
      'server',
      'app',
      '[locale]',
      ...route.split('/').filter(Boolean),
      'page_client-reference-manifest.js',
    );
    const own = ownClientModules(fs.readFileSync(manifest, 'utf8'));
    if (own.length > 0)
      throw new Error(
        `${route || '/'} is marked scriptless in lib/pages.ts but has client components (${own.join(', ')}): remove the mark or the components`,
      );
  }
  for (const { file } of pages) fs.writeFileSync(file, withoutScripts(fs.readFileSync(file, 'utf8')));
  return pages.map((p) => p.pathname);
}
