// What each page type ships to the browser, in gzip bytes (level 6, what `next start` sends), split into the
// framework runtime every page loads and the page's own JavaScript. Shared by the benchmark and the budget check.
//
// A page's scripts are read from the HTML the server sends. A chunk is the page's own when it belongs to a
// client component of this project (per the client-reference manifests of the build) and is not part of the
// framework (the root main files, the root layout's chunks and the chunks of Next's own client components);
// a framework chunk that also carries a project client component counts as the page's own too.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server';
import { BENCH_LOCALES, PAGE_TYPES, pagePath, pageType, type BenchLocale, type PageType } from './pages';

const NEXT_DIR = path.join(ROOT, '.next');
const FRAMEWORK_PACKAGES = ['next', 'react', 'react-dom', 'scheduler'];

export interface ChunkBytes {
  file: string;
  gzip: number;
}

export interface PageBytes {
  page: string;
  locale: BenchLocale;
  /** Framework JavaScript (React, Next's router and components), loaded by every page. */
  runtimeJs: number;
  /** JavaScript of this project's client components on the page. */
  ownJs: number;
  ownChunks: ChunkBytes[];
  css: number;
  /** The HTML document itself, including the inline RSC payload. */
  html: number;
}

const gzipCache = new Map<string, number>();

/** gzip size (level 6) of a file served from /_next/static. */
function gzipOf(src: string): number {
  const clean = src.split('?')[0]!;
  if (!clean.startsWith('/_next/static/')) throw new Error(`script outside /_next/static: ${src}`);
  let size = gzipCache.get(clean);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(path.join(NEXT_DIR, 'static', clean.slice('/_next/static/'.length)))).length;
    gzipCache.set(clean, size);
  }
  return size;
}

interface Manifest {
  clientModules: Record<string, { id: number | string; chunks: string[] }>;
  entryJSFiles?: Record<string, string[]>;
}

interface ChunkClasses {
  framework: Set<string>;
  /** Project client module ids, and the chunks of their chunk groups. */
  projectModules: Map<string, Set<string>>;
}

const withSlash = (file: string) => (file.startsWith('/') ? file : `/_next/${file}`);

/** Reads every client-reference manifest of the build and sorts its chunks into framework and project. */
function classifyChunks(): ChunkClasses {
  const framework = new Set<string>();
  const projectModules = new Map<string, Set<string>>();
  const buildManifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  for (const file of buildManifest.rootMainFiles) framework.add(withSlash(file));
  const manifests: Manifest[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) {
        const context = { globalThis: {} as { __RSC_MANIFEST?: Record<string, Manifest> } };
        vm.runInNewContext(fs.readFileSync(full, 'utf8'), context);
        manifests.push(...Object.values(context.globalThis.__RSC_MANIFEST ?? {}));
      }
    }
  };
  walk(path.join(NEXT_DIR, 'server/app'));
  if (manifests.length === 0) throw new Error('No client-reference manifests in .next/server/app: has the Next.js build format changed?');
  for (const manifest of manifests) {
    for (const file of manifest.entryJSFiles?.['[project]/app/layout'] ?? []) framework.add(withSlash(file));
    for (const [key, module] of Object.entries(manifest.clientModules)) {
      const pkg = /^\[project\]\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(key)?.[1];
      const chunks = module.chunks.map(withSlash);
      if (pkg && FRAMEWORK_PACKAGES.includes(pkg)) chunks.forEach((c) => framework.add(c));
      else {
        const set = projectModules.get(String(module.id)) ?? new Set<string>();
        chunks.forEach((c) => set.add(c));
        projectModules.set(String(module.id), set);
      }
    }
  }
  return { framework, projectModules };
}

/** Whether a Turbopack chunk defines the module with this id (`…,1965,(e,t,r)=>{…` or `…,1965,e=>{…`). */
function definesModule(src: string, id: string): boolean {
  const text = fs.readFileSync(path.join(NEXT_DIR, 'static', src.slice('/_next/static/'.length)), 'utf8');
  return new RegExp(`[,\\[]${id},(?:\\([\\w$,]*\\)|[\\w$]+)=>`).test(text) || text.includes(`,${id},function`);
}

function isOwn(src: string, classes: ChunkClasses): boolean {
  const owners = [...classes.projectModules].filter(([, chunks]) => chunks.has(src));
  if (owners.length === 0) return false;
  if (!classes.framework.has(src)) return true;
  return owners.some(([id]) => definesModule(src, id));
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** Script and stylesheet URLs of an HTML document (module scripts only: `nomodule` polyfills are skipped by browsers). */
export function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => attr(tag, 'src'))
    .filter((s): s is string => !!s);
  const styles = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\srel="stylesheet"/i.test(tag))
    .map((tag) => attr(tag, 'href'))
    .filter((s): s is string => !!s);
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Measures one page of a running server. */
export async function measurePage(
  origin: string,
  locale: BenchLocale,
  page: PageType,
  classes: ChunkClasses = classifyChunks(),
  runtimeScripts: ReadonlySet<string> | null = null,
): Promise<PageBytes> {
  const response = await fetch(origin + pagePath(locale, page));
  const html = await response.text();
  if (!response.ok) throw new Error(`${pagePath(locale, page)} answered ${response.status}`);
  const { scripts, styles } = assetsOf(html);
  // Beyond the assessment's start page (a content page that still loads the framework runtime, held to no
  // JavaScript of its own), every chunk an interactive page adds is its own: Turbopack may put a library two
  // client components share (react-hook-form, zod) into a chunk that also carries framework modules, which the
  // manifest rule alone would count as framework.
  const extra = (s: string) => runtimeScripts !== null && page.kind !== 'content' && !runtimeScripts.has(s);
  const own = scripts.filter((s) => isOwn(s, classes) || extra(s)).map((file) => ({ file, gzip: gzipOf(file) }));
  const runtime = scripts.filter((s) => !own.some((o) => o.file === s));
  return {
    page: page.id,
    locale,
    runtimeJs: runtime.reduce((sum, s) => sum + gzipOf(s), 0),
    ownJs: own.reduce((sum, c) => sum + c.gzip, 0),
    ownChunks: own,
    css: styles.reduce((sum, s) => sum + gzipOf(s), 0),
    html: gzipSync(html).length,
  };
}

/** Every page type in every locale. */
export async function measureAllPages(origin: string): Promise<PageBytes[]> {
  const classes = classifyChunks();
  const out: PageBytes[] = [];
  for (const locale of BENCH_LOCALES) {
    // Not the home page: it runs no script at all (docs/adr/0008), so it no longer shows what the runtime is.
    const reference = assetsOf(await (await fetch(origin + pagePath(locale, pageType('assessment')))).text());
    if (reference.scripts.length === 0)
      throw new Error('the assessment start page loads no script: which page shows the framework runtime now?');
    const runtimeScripts = new Set(reference.scripts);
    for (const page of PAGE_TYPES) out.push(await measurePage(origin, locale, page, classes, runtimeScripts));
  }
  const order = (r: PageBytes) => PAGE_TYPES.findIndex((p) => p.id === r.page) * 10 + BENCH_LOCALES.indexOf(r.locale);
  return out.sort((a, b) => order(a) - order(b));
}
