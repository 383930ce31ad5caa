// Throughput and latency with autocannon: each target of the production server, and a baseline (the home
// page's HTML served from memory by a minimal Node server), plus the server's peak memory under the load.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { completeAnswers } from '../../lib/assessment/testing/arbitraries';
import { distinctResultPath, HTTP_TARGETS } from './pages';
import { assertPortFree, ROOT, sampleRss, stopChild } from './server';

export const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;

export interface HttpResult {
  id: string;
  path: string;
  /** Mean requests per second (over each run, then over the two passes). */
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  non2xx: number;
  /** requestsPerSecond divided by the baseline's. */
  ratioToBaseline: number | null;
  /** Peak resident memory of the server's process tree during this target's runs, bytes (null for the baseline). */
  peakRssBytes: number | null;
  /** Each pass on its own. */
  passes: { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; errors: number }[];
}

export interface Run {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/**
 * The bench's server trusts one proxy hop (BENCH_ENV), so an X-Forwarded-For names the client: each connection comes
 * from a client address of its own, as visitors do, unless a run says it is one client. (The render gate limits what one
 * client holds, docs/adr/0012-custom-server.md.)
 */
export const BENCH_ENV = { TRUST_PROXY_HOPS: '1' };
let clients = 0;
/** A client address no other connection of the run has. */
export function newClientAddress(): string {
  const n = clients++;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

type Request = { path?: string; headers?: Record<string, string> } & Record<string, unknown>;
/**
 * autocannon's per-request hook: the next of `paths` (when given) from the connection's own client address (or from
 * `client` for every connection).
 */
export function asClients(paths?: readonly string[], client?: string, counter = { next: 0 }) {
  return [
    {
      setupRequest: (request: Request, context: Record<string, unknown>) => {
        context.client ??= client ?? newClientAddress();
        return {
          ...request,
          ...(paths ? { path: paths[counter.next++ % paths.length]! } : {}),
          headers: { ...request.headers, 'x-forwarded-for': context.client as string },
        };
      },
    },
  ];
}

async function cannon(url: string, seconds: number): Promise<Run> {
  return asRun(await autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10, requests: asClients() as never }));
}

/** Starts the in-memory baseline server on `port`, serving `html` for every request. */
async function startBaseline(port: number, html: string) {
  await assertPortFree(port);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'baseline-server.ts'), String(port)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin!.end(html);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

/**
 * Runs the baseline and every target for `seconds` each, twice: once in order and once in reverse, so that
 * a change in the machine's load during the run weighs on every target alike (the throughput is the mean
 * of the two passes, p50 their mean, p99 the worse of the two, errors their sum). `serverPid` is the Next
 * server whose process tree is sampled for memory.
 */
export async function runHttp(
  origin: string,
  serverPid: number,
  baselinePort: number,
  seconds: number,
  log: (line: string) => void,
): Promise<{ results: HttpResult[]; peakRssBytes: number }> {
  const homeHtml = await (await fetch(`${origin}/en`)).text();
  const baseline = await startBaseline(baselinePort, homeHtml);
  const targets = [
    { id: 'baseline', url: `${baseline.origin}/en`, path: '/en (in-memory Node server)', next: false },
    ...HTTP_TARGETS.map((t) => ({ id: t.id, url: origin + t.path, path: t.path, next: true })),
  ];
  const runs = new Map<string, { passes: Run[]; peak: number }>(targets.map((t) => [t.id, { passes: [], peak: 0 }]));
  try {
    for (const target of targets) {
      const status = (await fetch(target.url)).status;
      if (status !== 200) throw new Error(`${target.path} answered ${status}, not 200`);
      await cannon(target.url, WARMUP_SECONDS);
    }
    for (const [pass, order] of [targets, [...targets].reverse()].entries()) {
      for (const target of order) {
        log(`  pass ${pass + 1}: ${target.id} (${target.path})`);
        const sampler = target.next ? sampleRss(serverPid) : null;
        const run = await cannon(target.url, seconds);
        const entry = runs.get(target.id)!;
        entry.passes.push(run);
        if (sampler) entry.peak = Math.max(entry.peak, sampler.stop());
      }
    }
  } finally {
    await baseline.stop();
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const combined = targets.map((t) => {
    const { passes, peak } = runs.get(t.id)!;
    return {
      id: t.id,
      path: t.path,
      requestsPerSecond: mean(passes.map((p) => p.requestsPerSecond)),
      latencyP50Ms: mean(passes.map((p) => p.latencyP50Ms)),
      latencyP99Ms: Math.max(...passes.map((p) => p.latencyP99Ms)),
      requests: passes.reduce((sum, p) => sum + p.requests, 0),
      errors: passes.reduce((sum, p) => sum + p.errors, 0),
      non2xx: passes.reduce((sum, p) => sum + p.non2xx, 0),
      passes: passes.map((p) => ({
        requestsPerSecond: p.requestsPerSecond,
        latencyP50Ms: p.latencyP50Ms,
        latencyP99Ms: p.latencyP99Ms,
        errors: p.errors,
      })),
      peakRssBytes: t.next ? peak : null,
    };
  });
  const base = combined[0]!.requestsPerSecond;
  const results = combined.map((r) => ({ ...r, ratioToBaseline: base > 0 ? r.requestsPerSecond / base : null }));
  return { results, peakRssBytes: Math.max(...results.map((r) => r.peakRssBytes ?? 0)) };
}

export interface DistinctResultsRun extends DistinctRun {
  /** Distinct answer sets available; each request takes the next, so none is served from a cache. */
  answerSets: number;
  homeConnections: number;
}

const HOME_CONNECTIONS = 5;

/** The framework's own new pages (e2e/bench/bare-app/app/new), each size on the same load as the site's distinct results. */
export interface FrameworkNewPagesRun {
  /** The bare static page (/) alone, at CONNECTIONS connections: what "x home" is counted against. */
  staticPage: Run;
  /** Twenty paragraphs, a fresh address each request. */
  short: DistinctRun;
  /** About as many elements as a result page, a fresh address each request. */
  resultSized: DistinctRun;
}

export interface DistinctRun {
  /** The new pages. */
  results: Run;
  /** The home (static) page, requested by a few connections at the same time. */
  homeDuring: Run;
  /** Peak resident memory of the server's process tree, bytes (0 when not sampled). */
  peakRssBytes: number;
}

export function asRun(r: autocannon.Result): Run {
  return {
    requestsPerSecond: r.requests.average,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx,
    non2xx: r.non2xx,
  };
}

/**
 * `paths` at CONNECTIONS connections for `seconds` (each request the next path, so none is served from a cache),
 * while HOME_CONNECTIONS other connections request `homePath`: what an uncached page costs, and what it does to the
 * rest of the site.
 */
async function distinctRun(
  origin: string,
  paths: readonly string[],
  homePath: string,
  seconds: number,
  serverPid: number | null,
  log: (line: string) => void,
): Promise<DistinctRun> {
  const sampler = serverPid === null ? null : sampleRss(serverPid);
  const counter = { next: 0 };
  const requests = asClients(paths, undefined, counter);
  const [results, home] = await Promise.all([
    autocannon({
      url: origin,
      connections: CONNECTIONS,
      duration: seconds,
      // Longer than the other runs' 10 s, so a slow render is measured as slow rather than only counted as an error.
      timeout: 30,
      requests: requests as never,
    }),
    autocannon({
      url: `${origin}${homePath}`,
      connections: HOME_CONNECTIONS,
      duration: seconds,
      timeout: 10,
      requests: asClients() as never,
    }),
  ]);
  const next = counter.next;
  const peakRssBytes = sampler?.stop() ?? 0;
  if (next > paths.length) log(`  (${next - paths.length} requests repeated an address: raise the sample size)`);
  return { results: asRun(results), homeDuring: asRun(home), peakRssBytes };
}

/**
 * Distinct result pages at CONNECTIONS connections for `seconds`, each request a fresh complete answer set
 * (lib/assessment/testing/arbitraries.ts) through `distinctResultPath`, while HOME_CONNECTIONS other
 * connections request the home page.
 */
export async function runDistinctResults(origin: string, serverPid: number, seconds: number, log: (line: string) => void) {
  // Enough for about 400 requests a second; repeats are dropped, so every path is new to the server.
  const paths = [
    ...new Set(
      fc.sample(completeAnswers, { numRuns: Math.max(2000, Math.ceil(seconds * 400)), seed: Date.now() % 2 ** 31 }).map(distinctResultPath),
    ),
  ];
  log(`  distinct results (${paths.length} fresh answer sets) with the home page on ${HOME_CONNECTIONS} other connections, ${seconds} s`);
  const run = await distinctRun(origin, paths, '/en', seconds, serverPid, log);
  return { answerSets: paths.length, ...run, homeConnections: HOME_CONNECTIONS } satisfies DistinctResultsRun;
}

/** A bare new-page run's throughput over the bare static page's (null when the static page served nothing). */
export function toStaticRatio(f: FrameworkNewPagesRun, run: DistinctRun): number | null {
  return f.staticPage.requestsPerSecond > 0 ? run.results.requestsPerSecond / f.staticPage.requestsPerSecond : null;
}

/**
 * The same run on the bare Next.js app (e2e/bench/bare-next.ts), for both sizes of its new page, after its static
 * page alone: how fast the framework by itself renders new pages, measured next to the site's.
 */
export async function runFrameworkNewPages(origin: string, seconds: number, log: (line: string) => void): Promise<FrameworkNewPagesRun> {
  const stamp = Date.now().toString(36);
  const fresh = (size: string) => Array.from({ length: Math.ceil(seconds * 2000) }, (_, i) => `/new/${size}/${stamp}-${i.toString(36)}`);
  log(`  bare Next.js: static page, ${seconds} s`);
  await cannon(`${origin}/`, WARMUP_SECONDS);
  const staticPage = await cannon(`${origin}/`, seconds);
  log(
    `  bare Next.js: new pages of twenty paragraphs, then of a result page's size, ${seconds} s each, its static page on ${HOME_CONNECTIONS} other connections`,
  );
  // One render of each size first, so neither run starts with the route's code still to load.
  for (const size of ['short', 'result']) await (await fetch(`${origin}/new/${size}/warm-${stamp}`)).arrayBuffer();
  const short = await distinctRun(origin, fresh('short'), '/', seconds, null, log);
  const resultSized = await distinctRun(origin, fresh('result'), '/', seconds, null, log);
  return { staticPage, short, resultSized };
}
