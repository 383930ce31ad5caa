// `tsx e2e/bench/cpu-per-result.ts --before <dir> [--after <dir>] [--count 150] [--port 3205] [--order ABBA]`
// What a new result costs the server in CPU time, for two builds side by side: each leg starts one build's production
// server afresh (as its `npm start` does), warms it up, then asks for `count` result pages nobody asked for before, one
// at a time, and reads the server's user + system CPU time (/proc/<pid>/stat) before and after. Legs run in the given
// order (ABBA by default: A is --before, B is --after, the current checkout by default), one server at a time, so a
// change in the machine's load weighs on both alike; CPU time, not wall time, is what is compared.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { completeAnswers } from '../../lib/assessment/testing/arbitraries';
import { distinctResultPath } from './pages';
import { ROOT, startServer } from './server';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const before = value('before');
if (!before) throw new Error('--before <dir> names the checkout (built) to compare with');
const dirs = { A: path.resolve(before), B: path.resolve(value('after') ?? ROOT) };
const count = Number(value('count') ?? 150);
const port = Number(value('port') ?? 3205);
const order = (value('order') ?? 'ABBA').split('') as ('A' | 'B')[];
const TICK_MS = 1000 / Number(execSync('getconf CLK_TCK').toString().trim());

/** User + system CPU time of a process, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const WARM = 10;
const paths = [...new Set(fc.sample(completeAnswers, { numRuns: (count + WARM) * 2, seed: 20261208 }).map(distinctResultPath))];
if (paths.length < count + WARM) throw new Error('not enough distinct answer sets');

async function leg(dir: string) {
  const server = await startServer(port, { dir });
  try {
    const get = async (p: string) => {
      const response = await fetch(server.origin + p);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${p} answered ${response.status}`);
    };
    for (let i = 0; i < 20; i++) await get('/en');
    for (const p of paths.slice(0, WARM)) await get(p);
    const cpu = cpuMs(server.pid);
    const started = performance.now();
    for (const p of paths.slice(WARM, WARM + count)) await get(p);
    return { cpuPerResultMs: (cpuMs(server.pid) - cpu) / count, wallPerResultMs: (performance.now() - started) / count };
  } finally {
    await server.stop();
  }
}

const results: { leg: string; dir: string; cpuPerResultMs: number; wallPerResultMs: number }[] = [];
for (const which of order) {
  const r = await leg(dirs[which]);
  results.push({ leg: which, dir: dirs[which], ...r });
  console.log(`${which} (${dirs[which]}): ${r.cpuPerResultMs.toFixed(1)} ms CPU, ${r.wallPerResultMs.toFixed(1)} ms wall per new result`);
}
const mean = (which: 'A' | 'B') => {
  const legs = results.filter((r) => r.leg === which);
  return legs.reduce((sum, r) => sum + r.cpuPerResultMs, 0) / legs.length;
};
console.log(
  `CPU per new result, B / A: ${(mean('B') / mean('A')).toFixed(3)} (A ${mean('A').toFixed(1)} ms, B ${mean('B').toFixed(1)} ms; ${count} results a leg)`,
);
