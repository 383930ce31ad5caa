// `npm run bench -- [--skip-build] [--duration 10] [--distinct-duration 60] [--only http,lighthouse,bytes,classifier]
//                   [--flood-duration 10] [--runs 3] [--pages home,category] [--port 3201] [--out e2e/bench/results/latest.json]
//                   [--lighthouse-reports <dir>]`
// Builds the production site, starts it and measures throughput, Lighthouse, bytes shipped, server memory
// and the classifier on this machine; prints tables and writes a JSON file. Timings are reported, never
// asserted (the byte budgets are asserted by `npm run budgets`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureAllPages, type PageBytes } from './bytes';
import { budgetFailures, OWN_JS_BUDGETS } from './budgets';
import { benchClassifier, type ClassifierResult } from './classifier';
import {
  BENCH_ENV,
  CONNECTIONS,
  runDistinctResults,
  runFrameworkNewPages,
  runHttp,
  toStaticRatio,
  type DistinctResultsRun,
  type DistinctRun,
  type FrameworkNewPagesRun,
  type HttpResult,
} from './http';
import { buildBareNext, startBareNext } from './bare-next';
import { FLOOD_COLUMNS, floodTable, runFloods, type FloodRun } from './floods';
import { runLighthouse, type LighthouseReport } from './lighthouse';
import { lighthousePages, pageType } from './pages';
import { formatNumber, printTable } from './report';
import { assertBuilt, buildSite, ROOT, startServer } from './server';
import { evaluateGoals, type Goal } from './goals';

const SECTIONS = ['http', 'lighthouse', 'bytes', 'classifier'] as const;
type Section = (typeof SECTIONS)[number];

function parseOptions(argv: readonly string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('only')?.split(',') ?? [...SECTIONS];
  for (const s of only)
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only takes ${SECTIONS.join(', ')} (comma-separated), not ${s}`);
  const duration = Number(value('duration') ?? 10);
  const distinctDuration = Number(value('distinct-duration') ?? 60);
  const floodDuration = Number(value('flood-duration') ?? 10);
  const runs = Number(value('runs') ?? 3);
  const port = Number(value('port') ?? 3201);
  if (!(duration > 0) || !(distinctDuration > 0) || !(floodDuration > 0) || !(runs >= 1) || !(port > 0))
    throw new Error('--duration, --distinct-duration, --flood-duration, --runs and --port take positive numbers');
  return {
    skipBuild: argv.includes('--skip-build'),
    duration,
    distinctDuration,
    floodDuration,
    runs: Math.floor(runs),
    only: only as Section[],
    // The page types Lighthouse measures (both locales each); the list when absent.
    pages: lighthousePages(value('pages')),
    // The Next server on `port`, the baseline server on port + 1, Chromium's DevTools on port + 2, the bare
    // Next.js app (the Lighthouse baseline) on port + 3.
    port,
    out: path.resolve(value('out') ?? path.join(ROOT, 'e2e/bench/results/latest.json')),
    // Full Lighthouse JSON of each page's median run, for digging into an audit.
    lighthouseReports: value('lighthouse-reports') === undefined ? undefined : path.resolve(value('lighthouse-reports')!),
  };
}

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => console.log(line);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
};

const report: {
  date: string;
  machine: typeof machine & { loadAverageAtEnd?: number[] };
  options: Omit<typeof options, 'out' | 'lighthouseReports'>;
  http?: {
    connections: number;
    durationSeconds: number;
    results: HttpResult[];
    resultToStaticRatio: number | null;
    peakRssBytes: number;
    distinct?: DistinctResultsRun & { toHomeRatio: number | null };
    framework?: FrameworkNewPagesRun;
    floods?: FloodRun[];
  };
  lighthouse?: LighthouseReport;
  bytes?: { compression: string; pages: PageBytes[]; budgets: Record<string, number | null>; overBudget: string[] };
  classifier?: ClassifierResult;
  goals?: Goal[];
} = {
  date: new Date().toISOString(),
  machine,
  options: {
    skipBuild: options.skipBuild,
    duration: options.duration,
    distinctDuration: options.distinctDuration,
    floodDuration: options.floodDuration,
    runs: options.runs,
    only: options.only,
    pages: options.pages,
    port: options.port,
  },
};

if (options.only.includes('classifier')) {
  log('\nClassifier');
  report.classifier = benchClassifier();
}

const needsServer = options.only.some((s) => s !== 'classifier');
if (needsServer) {
  if (options.skipBuild) assertBuilt();
  else {
    log('Building the production site (next build)…');
    buildSite();
  }
  const server = await startServer(options.port, { env: BENCH_ENV });
  try {
    if (options.only.includes('bytes')) {
      log('\nBytes shipped per page type');
      const pages = await measureAllPages(server.origin);
      report.bytes = {
        compression: 'gzip level 6 (what next start sends)',
        pages,
        budgets: OWN_JS_BUDGETS,
        overBudget: budgetFailures(pages),
      };
    }
    if (options.only.includes('http')) {
      log(
        `\nThroughput: autocannon, ${CONNECTIONS} connections, two passes of ${options.duration} s per target (in order, then reversed) after a 3 s warm-up`,
      );
      const { results, peakRssBytes } = await runHttp(server.origin, server.pid, options.port + 1, options.duration, log);
      const rps = (id: string) => results.find((r) => r.id === id)?.requestsPerSecond ?? 0;
      report.http = {
        connections: CONNECTIONS,
        durationSeconds: options.duration,
        results,
        resultToStaticRatio: rps('home') > 0 ? rps('result') / rps('home') : null,
        peakRssBytes,
      };
      const distinct = await runDistinctResults(server.origin, server.pid, options.distinctDuration, log);
      report.http.distinct = { ...distinct, toHomeRatio: rps('home') > 0 ? distinct.results.requestsPerSecond / rps('home') : null };
      report.http.floods = await runFloods(server.origin, server.pid, options.floodDuration, log);
      // The framework alone, on the same load, with the site's server idle: what a new page costs Next.js itself.
      buildBareNext(log);
      const bare = await startBareNext(options.port + 3);
      try {
        report.http.framework = await runFrameworkNewPages(bare.origin, options.distinctDuration / 2, log);
      } finally {
        await bare.stop();
      }
    }
    if (options.only.includes('lighthouse')) {
      log(`\nLighthouse (${options.runs} run${options.runs > 1 ? 's' : ''} per page, median kept)`);
      buildBareNext(log);
      const bare = await startBareNext(options.port + 3);
      try {
        report.lighthouse = await runLighthouse(
          server.origin,
          options.port + 2,
          options.runs,
          log,
          options.pages,
          options.lighthouseReports,
          `${bare.origin}/`,
        );
      } finally {
        await bare.stop();
      }
    }
  } finally {
    await server.stop();
  }
}
report.machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
report.goals = evaluateGoals(report);

// ---- print
if (report.http) {
  log(
    `\nThroughput and latency (${CONNECTIONS} connections, 2 × ${report.http.durationSeconds} s each; req/s and p50: mean of the passes, p99: the worse)`,
  );
  printTable(
    ['target', 'req/s', 'x baseline', 'p50 ms', 'p99 ms', 'errors', 'peak RSS MB'],
    report.http.results.map((r) => [
      r.id,
      Math.round(r.requestsPerSecond),
      r.ratioToBaseline ?? '-',
      r.latencyP50Ms,
      r.latencyP99Ms,
      r.errors,
      r.peakRssBytes === null ? '-' : mb(r.peakRssBytes),
    ]),
  );
  log(
    `Result page / static home page throughput: ${report.http.resultToStaticRatio === null ? '-' : formatNumber(report.http.resultToStaticRatio)}`,
  );
  const d = report.http.distinct;
  if (d) {
    log(
      `\nDistinct uncached result pages (${CONNECTIONS} connections, ${options.distinctDuration} s), home page on ${d.homeConnections} more`,
    );
    printTable(
      ['target', 'req/s', 'x home', 'p50 ms', 'p99 ms', 'errors', 'peak RSS MB'],
      [
        [
          'distinct results',
          Math.round(d.results.requestsPerSecond),
          d.toHomeRatio === null ? '-' : formatNumber(d.toHomeRatio),
          d.results.latencyP50Ms,
          d.results.latencyP99Ms,
          d.results.errors,
          mb(d.peakRssBytes),
        ],
        [
          'home meanwhile',
          Math.round(d.homeDuring.requestsPerSecond),
          '-',
          d.homeDuring.latencyP50Ms,
          d.homeDuring.latencyP99Ms,
          d.homeDuring.errors,
          '-',
        ],
      ],
    );
  }
  if (report.http.floods) {
    log(`\nFloods (${CONNECTIONS} connections of one kind, ${options.floodDuration} s each, each connection its own client unless said)`);
    printTable(FLOOD_COLUMNS, floodTable(report.http.floods));
  }
  const f = report.http.framework;
  if (f) {
    const x = (run: DistinctRun) => {
      const ratio = toStaticRatio(f, run);
      return ratio === null ? '-' : formatNumber(ratio);
    };
    log(`\nThe framework alone (bare Next.js, e2e/bench/bare-app): new pages on the same load, x its static page`);
    printTable(
      ['target', 'req/s', 'x static', 'p50 ms', 'p99 ms', 'errors', 'static meanwhile p99 ms'],
      [
        [
          'static page alone',
          Math.round(f.staticPage.requestsPerSecond),
          '1',
          f.staticPage.latencyP50Ms,
          f.staticPage.latencyP99Ms,
          f.staticPage.errors,
          '-',
        ],
        ...(
          [
            ['new, 20 paragraphs', f.short],
            ['new, result-sized', f.resultSized],
          ] as const
        ).map(([name, r]) => [
          name,
          Math.round(r.results.requestsPerSecond),
          x(r),
          r.results.latencyP50Ms,
          r.results.latencyP99Ms,
          r.results.errors,
          r.homeDuring.latencyP99Ms,
        ]),
      ],
    );
  }
}
if (report.lighthouse) {
  log(`\nLighthouse ${report.lighthouse.version} (mobile, simulated throttling)`);
  printTable(
    ['page', 'locale', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'bytes'],
    [...(report.lighthouse.baseline ? [report.lighthouse.baseline] : []), ...report.lighthouse.results].map((r) => [
      r.page,
      r.locale,
      r.scores.performance ?? '-',
      r.scores.accessibility ?? '-',
      r.scores['best-practices'] ?? '-',
      r.indexable ? (r.scores.seo ?? '-') : `${r.scores.seo} (noindex)`,
      Math.round(r.lcpMs),
      Math.round(r.tbtMs),
      r.cls,
      r.totalBytes,
    ]),
  );
  const failing = report.lighthouse.results.flatMap((r) =>
    r.failing
      .filter((f) => f.category !== 'performance' && (r.indexable || f.category !== 'seo'))
      .map((f) => `${r.page} ${r.locale}: ${f.category} ${f.id}`),
  );
  if (failing.length > 0) log(`Audits short of full marks: ${failing.join('; ')}`);
  log(
    report.lighthouse.offsiteHosts.length === 0
      ? 'Chromium contacted no host outside this machine.'
      : `Chromium contacted: ${report.lighthouse.offsiteHosts.join(', ')}`,
  );
}
if (report.bytes) {
  log('\nBytes per page type (gzip, English; Chinese pages ship the same scripts)');
  const en = report.bytes.pages.filter((p) => p.locale === 'en');
  printTable(
    ['page', 'own JS', 'budget', 'runtime JS', 'CSS', 'HTML'],
    en.map((p) => [p.page, p.ownJs, OWN_JS_BUDGETS[pageType(p.page).kind] ?? '-', p.runtimeJs, p.css, p.html]),
  );
  if (report.bytes.overBudget.length > 0) log(`Over budget:\n  ${report.bytes.overBudget.join('\n  ')}`);
}
if (report.classifier) {
  const c = report.classifier;
  log(
    `\nClassifier: median ${formatNumber(c.medianMicroseconds)} µs, p90 ${formatNumber(c.p90Microseconds)} µs per classification (${formatNumber(c.answerSets)} random answer sets × ${c.callsPerSet} calls)`,
  );
}
log('\nGoals (reported, not asserted)');
printTable(
  ['goal', 'measured', 'met'],
  report.goals.map((g) => [g.goal, g.measured, g.met === null ? '-' : g.met ? 'yes' : 'NO']),
);
log(
  `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${report.machine.loadAverageAtEnd.join(' ')} at end.`,
);

fs.mkdirSync(path.dirname(options.out), { recursive: true });
fs.writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
log(`Wrote ${path.relative(process.cwd(), options.out)}`);
