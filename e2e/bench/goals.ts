// The issue's goals, judged from one benchmark report. Printed and stored, never asserted: timings on a
// shared machine are noisy (the byte budgets, which are not, fail `npm run budgets`).
import type { PageBytes } from './bytes';
import { OWN_JS_BUDGETS } from './budgets';
import { toStaticRatio, type DistinctResultsRun, type FrameworkNewPagesRun, type HttpResult } from './http';
import type { FloodRun } from './floods';
import type { LighthouseReport } from './lighthouse';
import { pageType } from './pages';

export interface Goal {
  goal: string;
  measured: string;
  /** null when the part of the benchmark that measures it did not run. */
  met: boolean | null;
}

interface Measured {
  http?: {
    results: HttpResult[];
    resultToStaticRatio: number | null;
    peakRssBytes: number;
    distinct?: DistinctResultsRun & { toHomeRatio: number | null };
    framework?: FrameworkNewPagesRun;
    floods?: FloodRun[];
  };
  lighthouse?: LighthouseReport;
  bytes?: { pages: PageBytes[] };
}

const MEMORY_LIMIT_MB = 300;

function scoreGoal(
  report: LighthouseReport | undefined,
  goal: string,
  category: 'performance' | 'accessibility' | 'best-practices' | 'seo',
  min: number,
  indexableOnly = false,
): Goal {
  if (!report) return { goal, measured: 'not run', met: null };
  const judged = report.results.filter((r) => !indexableOnly || r.indexable);
  const short = judged.filter((r) => (r.scores[category] ?? 0) < min);
  const lowest = Math.min(...judged.map((r) => r.scores[category] ?? 0));
  return {
    goal,
    measured:
      short.length === 0
        ? `lowest ${lowest} (${judged.length} pages)`
        : `below on ${short.map((r) => `${r.page}/${r.locale} ${r.scores[category]}`).join(', ')}`,
    met: short.length === 0,
  };
}

/** Each goal of the issue with what this run measured. */
export function evaluateGoals(report: Measured): Goal[] {
  const goals: Goal[] = [
    scoreGoal(report.lighthouse, 'Lighthouse performance >= 0.95', 'performance', 0.95),
    scoreGoal(report.lighthouse, 'Lighthouse accessibility = 1', 'accessibility', 1),
    scoreGoal(report.lighthouse, 'Lighthouse best practices = 1', 'best-practices', 1),
    scoreGoal(report.lighthouse, 'Lighthouse SEO = 1 (indexable pages)', 'seo', 1, true),
  ];
  if (report.lighthouse?.baseline) {
    // Content pages may cost no more than the framework itself (issue 15).
    const bare = report.lighthouse.baseline.scores.performance ?? 0;
    const content = report.lighthouse.results.filter((r) => pageType(r.page).kind === 'content');
    const below = content.filter((r) => (r.scores.performance ?? 0) < bare);
    goals.push({
      goal: 'content pages: Lighthouse performance >= bare Next.js page',
      measured: `bare ${bare}; ${below.length === 0 ? `lowest ${Math.min(...content.map((r) => r.scores.performance ?? 0))}` : `below: ${below.map((r) => `${r.page}/${r.locale} ${r.scores.performance}`).join(', ')}`}`,
      met: below.length === 0,
    });
  }
  if (report.bytes) {
    const content = report.bytes.pages.filter((p) => pageType(p.page).kind === 'content');
    const maxContent = Math.max(...content.map((p) => p.ownJs));
    goals.push({ goal: 'content pages: no own JS', measured: `max ${maxContent} B`, met: maxContent <= (OWN_JS_BUDGETS.content ?? 0) });
    const question = report.bytes.pages.filter((p) => pageType(p.page).kind === 'questionnaire');
    const maxQuestion = Math.max(...question.map((p) => p.ownJs));
    goals.push({
      goal: `question page: own JS <= ${OWN_JS_BUDGETS.questionnaire} B`,
      measured: `${maxQuestion} B`,
      met: maxQuestion <= (OWN_JS_BUDGETS.questionnaire ?? 0),
    });
  } else goals.push({ goal: 'byte budgets', measured: 'not run', met: null });
  if (report.http) {
    const ratio = report.http.resultToStaticRatio;
    const result = report.http.results.find((r) => r.id === 'result');
    goals.push({
      goal: 'result page >= 0.5 x static page throughput, 0 errors',
      measured: `${ratio === null ? '-' : ratio.toFixed(2)}, ${result?.errors ?? '-'} errors`,
      met: ratio !== null && ratio >= 0.5 && result?.errors === 0,
    });
    // Question pages are cached by their canonical address like results (issue 15).
    const home = report.http.results.find((r) => r.id === 'home');
    const question = report.http.results.find((r) => r.id === 'question');
    const questionRatio = home && question && home.requestsPerSecond > 0 ? question.requestsPerSecond / home.requestsPerSecond : null;
    goals.push({
      goal: 'question page >= 0.5 x home throughput, 0 errors',
      measured: `${questionRatio === null ? '-' : questionRatio.toFixed(2)}, ${question?.errors ?? '-'} errors`,
      met: questionRatio !== null && questionRatio >= 0.5 && question?.errors === 0,
    });
    const peakMb = report.http.peakRssBytes / 1024 / 1024;
    goals.push({
      goal: `server memory < ${MEMORY_LIMIT_MB} MB at 50 connections`,
      measured: `peak ${peakMb.toFixed(0)} MB`,
      met: peakMb < MEMORY_LIMIT_MB,
    });
    const d = report.http.distinct;
    if (d) {
      const ratio = d.toHomeRatio;
      // What the framework alone reaches on the same load (bare Next.js new pages against its own static page).
      const f = report.http.framework;
      const bare = (run: FrameworkNewPagesRun['short']) => (f && toStaticRatio(f, run)?.toFixed(3)) ?? '-';
      goals.push({
        goal: 'distinct uncached results >= 0.25 x home throughput, p99 < 2 s',
        measured:
          `${ratio === null ? '-' : ratio.toFixed(3)}, p99 ${d.results.latencyP99Ms} ms, ${d.results.errors} errors` +
          (f ? ` (bare Next.js new page: ${bare(f.short)} x its static page, result-sized ${bare(f.resultSized)} x)` : ''),
        met: ratio !== null && ratio >= 0.25 && d.results.latencyP99Ms < 2000 && d.results.errors === 0,
      });
      goals.push({
        goal: 'home page p99 < 100 ms while distinct results run',
        measured: `p99 ${d.homeDuring.latencyP99Ms} ms`,
        met: d.homeDuring.latencyP99Ms < 100 && d.homeDuring.errors === 0,
      });
      const peak = d.peakRssBytes / 1024 / 1024;
      goals.push({
        goal: `server memory < ${MEMORY_LIMIT_MB} MB during distinct results`,
        measured: `peak ${peak.toFixed(0)} MB`,
        met: peak < MEMORY_LIMIT_MB,
      });
    }
    for (const flood of report.http.floods ?? []) {
      if (flood.id === 'one-client')
        goals.push({
          goal: "one client's 250 connections leave another visitor's new results rendering",
          measured: `visitor: ${flood.during.requests} results, ${flood.during.errors} errors, p99 ${flood.during.latencyP99Ms} ms`,
          met: flood.during.requests > 0 && flood.during.errors === 0,
        });
      else
        goals.push({
          goal: `home page p99 < 100 ms during a flood of ${flood.what}`,
          measured: `p99 ${flood.during.latencyP99Ms} ms, ${flood.during.errors} errors`,
          met: flood.during.latencyP99Ms < 100 && flood.during.errors === 0,
        });
      if (flood.id === 'new-results' || flood.id === 'preview-images') {
        const peak = flood.peakRssBytes / 1024 / 1024;
        goals.push({
          goal: `server memory < ${MEMORY_LIMIT_MB} MB during a flood of ${flood.what}`,
          measured: `peak ${peak.toFixed(0)} MB`,
          met: peak < MEMORY_LIMIT_MB,
        });
      }
    }
  } else goals.push({ goal: 'throughput and memory', measured: 'not run', met: null });
  return goals;
}
