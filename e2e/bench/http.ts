// Throughput and latency with autocannon: each target of the production server, and a baseline (the home
// page's HTML served from memory by a minimal Node server), plus the server's peak memory under the load.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { HTTP_TARGETS } from './pages';
import { assertPortFree, ROOT, sampleRss, stopChild } from './server';

export const CONNECTIONS = 50;
const WARMUP_SECONDS = 3;

export interface HttpResult {
  id: string;
  path: string;
  /** Mean requests per second over the run. */
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  non2xx: number;
  /** requestsPerSecond divided by the baseline's. */
  ratioToBaseline: number | null;
  /** Peak resident memory of the server's process tree during this run, bytes (null for the baseline). */
  peakRssBytes: number | null;
}

interface Run {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function cannon(url: string, seconds: number): Promise<Run> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10 });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    non2xx: result.non2xx,
  };
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
 * Runs every target for `seconds` each (after a short warm-up), the baseline first. `serverPid` is the
 * Next server whose process tree is sampled for memory.
 */
export async function runHttp(origin: string, serverPid: number, baselinePort: number, seconds: number, log: (line: string) => void): Promise<{ results: HttpResult[]; peakRssBytes: number }> {
  const homeHtml = await (await fetch(`${origin}/en`)).text();
  const baseline = await startBaseline(baselinePort, homeHtml);
  const results: HttpResult[] = [];
  let base: Run;
  try {
    log(`  baseline (${baseline.origin}/en, from memory)`);
    await cannon(`${baseline.origin}/en`, WARMUP_SECONDS);
    base = await cannon(`${baseline.origin}/en`, seconds);
  } finally {
    await baseline.stop();
  }
  results.push({ id: 'baseline', path: '/en (in-memory Node server)', ...base, ratioToBaseline: 1, peakRssBytes: null });
  let peak = 0;
  for (const target of HTTP_TARGETS) {
    log(`  ${target.id} (${target.path})`);
    const status = (await fetch(origin + target.path)).status;
    if (status !== 200) throw new Error(`${target.path} answered ${status}, not 200`);
    await cannon(origin + target.path, WARMUP_SECONDS);
    const sampler = sampleRss(serverPid);
    const run = await cannon(origin + target.path, seconds);
    const runPeak = sampler.stop();
    peak = Math.max(peak, runPeak);
    results.push({ id: target.id, path: target.path, ...run, ratioToBaseline: base.requestsPerSecond > 0 ? run.requestsPerSecond / base.requestsPerSecond : null, peakRssBytes: runPeak });
  }
  return { results, peakRssBytes: peak };
}
