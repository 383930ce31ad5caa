// Floods: what the rest of the site does while one kind of request arrives as fast as 50 connections can send it.
// `tsx e2e/bench/floods.ts [--dir <checkout>] [--seconds 10] [--port 3205]` runs them against the build of a checkout
// (this one by default) started as its `npm start` does; `npm run bench` runs them too (--only http).
import path from 'node:path';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { completeAnswers } from '../../lib/assessment/testing/arbitraries';
import { resultCode } from '../../lib/addresses/result-link';
import { asClients, asRun, BENCH_ENV, CONNECTIONS, newClientAddress, type Run } from './http';
import { distinctResultPath, RESULT_CODE } from './pages';
import { ROOT, sampleRss, startServer } from './server';

const HOME_CONNECTIONS = 5;

export interface FloodRun {
  id: string;
  what: string;
  flood: Run;
  /** The home page on HOME_CONNECTIONS other connections meanwhile (or, for `one-client`, another visitor's new results). */
  during: Run;
  duringWhat: string;
  peakRssBytes: number;
}

/** Fresh addresses for a flood: each request a new answer set, so nothing is served from a cache. */
function fresh(seconds: number, seed: number, to: (answers: Parameters<typeof resultCode>[0]) => string): string[] {
  return [...new Set(fc.sample(completeAnswers, { numRuns: Math.max(2000, Math.ceil(seconds * 300)), seed }).map(to))];
}

/**
 * Each flood for `seconds`, one after the other, from CONNECTIONS connections each its own client, with the home page on
 * HOME_CONNECTIONS more: new results, new preview images, the JSON API and calendar.ics of one result, one cached page.
 * Then one client alone with 250 connections of new results, while another visitor asks for new results of their own.
 */
export async function runFloods(origin: string, serverPid: number, seconds: number, log: (line: string) => void): Promise<FloodRun[]> {
  const seed = Date.now() % 2 ** 31;
  // The cheap floods first: a flood of new preview images leaves the heap fullest, which would weigh on the ones after it.
  const floods = [
    { id: 'cached-page', what: 'one cached result page', paths: [`/en/result/${RESULT_CODE}`] },
    { id: 'api', what: 'the JSON API, one result', paths: [`/api/assessment/${RESULT_CODE}`] },
    { id: 'calendar', what: 'calendar.ics, one result', paths: [`/en/result/${RESULT_CODE}/calendar.ics`] },
    { id: 'new-results', what: 'new results', paths: fresh(seconds, seed, distinctResultPath) },
    {
      id: 'preview-images',
      what: 'new preview images',
      paths: fresh(seconds, seed + 1, (a) => `/en/result/${resultCode(a)}/preview.png`),
    },
  ];
  const runs: FloodRun[] = [];
  // A warm server: each kind of request answered once before its flood (the first loads the route's code).
  const warm = async (paths: readonly string[]) => {
    for (const p of [paths.at(-1)!, '/en'])
      await (await fetch(`${origin}${p}`, { headers: { 'x-forwarded-for': newClientAddress() } })).arrayBuffer();
  };
  for (const flood of floods) {
    await warm(flood.paths);
    log(`  flood: ${flood.what}, ${CONNECTIONS} connections, ${seconds} s, the home page on ${HOME_CONNECTIONS} more`);
    const sampler = sampleRss(serverPid);
    const [a, b] = await Promise.all([
      autocannon({ url: origin, connections: CONNECTIONS, duration: seconds, timeout: 30, requests: asClients(flood.paths) as never }),
      autocannon({ url: `${origin}/en`, connections: HOME_CONNECTIONS, duration: seconds, timeout: 10, requests: asClients() as never }),
    ]);
    runs.push({ id: flood.id, what: flood.what, flood: asRun(a), during: asRun(b), duringWhat: 'home page', peakRssBytes: sampler.stop() });
  }
  // One client, many connections: the gate gives it its share and refuses the rest; another visitor's results still render.
  log(`  flood: one client, 250 connections of new results, ${seconds} s, another visitor's new results on 2 connections`);
  const sampler = sampleRss(serverPid);
  const paths = fresh(seconds, seed + 2, distinctResultPath);
  const visitor = fresh(seconds, seed + 3, distinctResultPath);
  const [a, b] = await Promise.all([
    autocannon({ url: origin, connections: 250, duration: seconds, timeout: 30, requests: asClients(paths, newClientAddress()) as never }),
    autocannon({ url: origin, connections: 2, duration: seconds, timeout: 30, requests: asClients(visitor, newClientAddress()) as never }),
  ]);
  runs.push({
    id: 'one-client',
    what: 'one client, 250 connections of new results',
    flood: asRun(a),
    during: asRun(b),
    duringWhat: "another visitor's new results",
    peakRssBytes: sampler.stop(),
  });
  return runs;
}

/** Prints the floods' table. */
export function floodTable(runs: readonly FloodRun[]): (string | number)[][] {
  return runs.map((r) => [
    r.what,
    Math.round(r.flood.requestsPerSecond),
    r.flood.non2xx,
    r.flood.latencyP99Ms,
    r.duringWhat,
    Math.round(r.during.requestsPerSecond),
    r.during.latencyP50Ms,
    r.during.latencyP99Ms,
    r.during.errors,
    Math.round(r.peakRssBytes / 1024 / 1024),
  ]);
}
export const FLOOD_COLUMNS = ['flood', 'req/s', 'non-2xx', 'p99 ms', 'meanwhile', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'peak RSS MB'];

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = path.resolve(value('dir') ?? ROOT);
  const server = await startServer(Number(value('port') ?? 3205), { dir, env: BENCH_ENV });
  try {
    // The one cached page is cached before its flood, as it would be on a live site.
    await (await fetch(`${server.origin}/en/result/${RESULT_CODE}`)).arrayBuffer();
    const runs = await runFloods(server.origin, server.pid, Number(value('seconds') ?? 10), console.log);
    const { printTable } = await import('./report');
    console.log(`\nFloods against ${dir}`);
    printTable(FLOOD_COLUMNS, floodTable(runs));
    console.log(JSON.stringify(runs));
  } finally {
    await server.stop();
  }
}
