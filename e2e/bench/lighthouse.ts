// Lighthouse 12 (default config: mobile, simulated throttling) on the production server, in Debian's
// Chromium started by chromium.ts. Each page runs `runs` times and the run with the median performance
// score is kept, as Lighthouse's own docs advise for noisy machines.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { launchChromium, offsiteHosts } from './chromium';
import { BENCH_LOCALES, pagePath, pageType, type BenchLocale } from './pages';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  page: string;
  locale: BenchLocale;
  url: string;
  indexable: boolean;
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift, total transfer bytes. */
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Performance scores of every run, so the spread is visible. */
  performanceRuns: number[];
  /** Audits below a full score that count towards a category (performance: only those that weigh). */
  failing: { category: Category; id: string; score: number; displayValue?: string }[];
}

export interface LighthouseReport {
  version: string;
  results: LighthouseResult[];
  /** The bare Next.js page (e2e/bench/bare-app), measured in the same rounds as the pages; null when not run. */
  baseline: LighthouseResult | null;
  /** Hosts other than loopback the browser contacted (should be none: see chromium.ts). */
  offsiteHosts: string[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summarise(lhr: Lhr): Omit<LighthouseResult, 'page' | 'locale' | 'url' | 'indexable' | 'performanceRuns'> {
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing: LighthouseResult['failing'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || ref.weight === 0) continue;
      failing.push({ category, id: a.id, score: a.score, ...(a.displayValue ? { displayValue: a.displayValue } : {}) });
    }
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<Category, number | null>,
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalBytes: audit('total-byte-weight'),
    failing,
  };
}

/**
 * Runs Lighthouse on `pages` (page type ids) in both locales and on the bare Next.js page at `baselineUrl`,
 * interleaved: each round measures every page once, so a change in the machine's load weighs on all alike.
 * With `reportsDir`, writes each median run's full JSON there.
 */
export async function runLighthouse(
  origin: string,
  debuggingPort: number,
  runs: number,
  log: (line: string) => void,
  pages: readonly string[],
  reportsDir?: string,
  baselineUrl?: string,
): Promise<LighthouseReport> {
  const chromium = await launchChromium(debuggingPort);
  const targets = [
    ...(baselineUrl ? [{ id: 'bare-next', locale: 'en' as BenchLocale, url: baselineUrl, indexable: true }] : []),
    ...pages.flatMap((id) =>
      BENCH_LOCALES.map((locale) => ({ id, locale, url: origin + pagePath(locale, pageType(id)), indexable: pageType(id).indexable })),
    ),
  ];
  const lhrs = new Map<string, Lhr[]>(targets.map((t) => [t.url, []]));
  let version = '';
  try {
    for (let round = 0; round < runs; round++) {
      for (const target of targets) {
        for (let attempt = 0; ; attempt++) {
          const result = await lighthouse(target.url, {
            port: debuggingPort,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${target.url}: ${result.lhr.runtimeError.message}`);
          // A metric can fail to compute on a busy machine (the score is then null): run again, twice at most.
          if (result.lhr.categories.performance?.score == null && attempt < 2) {
            log(
              `  ${target.id} ${target.locale}: no performance score (${result.lhr.runWarnings.join('; ') || 'no warning'}), running again`,
            );
            continue;
          }
          lhrs.get(target.url)!.push(result.lhr);
          break;
        }
      }
    }
  } finally {
    await chromium.close();
  }
  const results: LighthouseResult[] = [];
  for (const target of targets) {
    const runsOf = lhrs.get(target.url)!;
    version = runsOf[0]!.lighthouseVersion;
    const byPerformance = [...runsOf].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
    const summary = {
      page: target.id,
      locale: target.locale,
      url: target.url,
      indexable: target.indexable,
      performanceRuns: runsOf.map((l) => l.categories.performance?.score ?? Number.NaN),
      ...summarise(median),
    };
    results.push(summary);
    if (reportsDir) {
      fs.mkdirSync(reportsDir, { recursive: true });
      fs.writeFileSync(path.join(reportsDir, `${target.id}-${target.locale}.json`), JSON.stringify(median));
    }
    log(
      `  ${target.id} ${target.locale}: ${CATEGORIES.map((c) => `${c} ${summary.scores[c]}`).join(', ')} (performance runs ${summary.performanceRuns.join(' ')})`,
    );
  }
  const baseline = baselineUrl ? results.shift()! : null;
  return { version, results, baseline, offsiteHosts: offsiteHosts(chromium.netLog) };
}
