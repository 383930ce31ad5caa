// The framework alone: the bare Next.js app in e2e/bench/bare-app (one layout, one static page of 20 paragraphs,
// and new pages rendered on first request like the site's result links), built with the site's own Next.js and
// served by `next start`. A content page's Lighthouse score and a new result's render rate are compared with what
// the framework costs by itself, in the same run on the same machine.
//
// It is built in a folder of its own outside the repository, with a hard-linked copy of node_modules:
// inside the repository Turbopack takes the workspace root (the folder of package-lock.json) and bundles the
// site's own proxy.ts and instrumentation.ts into the bare app, which would then not be bare.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree, ROOT, stopChild } from './server';

const SOURCE = path.join(ROOT, 'e2e/bench/bare-app');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')).version as string;
const DIR = path.join(os.tmpdir(), `icp-bench-bare-next-${VERSION}`);
const NEXT_BIN = path.join(DIR, 'node_modules/next/dist/bin/next');

/** Builds the bare app unless this version's build of the same sources is there already. */
export function buildBareNext(log: (line: string) => void): void {
  const sources = ['next.config.mjs', 'app/layout.jsx', 'app/page.jsx', 'app/new/[size]/[id]/page.jsx'];
  const stamp = `${VERSION}\n${sources.map((f) => fs.readFileSync(path.join(SOURCE, f), 'utf8')).join('\n')}`;
  const stampFile = path.join(DIR, '.next/bench-stamp');
  if (fs.existsSync(path.join(DIR, '.next/BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  log(`Building the bare Next.js ${VERSION} baseline (e2e/bench/bare-app, in ${DIR})…`);
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(DIR, 'app/new/[size]/[id]'), { recursive: true });
  for (const file of sources) fs.copyFileSync(path.join(SOURCE, file), path.join(DIR, file));
  fs.writeFileSync(path.join(DIR, 'package.json'), '{ "private": true }\n');
  // Hard links: the same files as the site's node_modules, seconds to make, no disk used.
  const link = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(DIR, 'node_modules')], { stdio: 'inherit' });
  if (link.status !== 0) throw new Error('could not link node_modules for the bare Next.js baseline');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: DIR, env: ENV, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`building the bare Next.js baseline failed with status ${result.status}`);
  fs.writeFileSync(stampFile, stamp);
}

/** Serves the bare app with `next start` on 127.0.0.1:port. */
export async function startBareNext(port: number): Promise<{ origin: string; stop(): Promise<void> }> {
  await assertPortFree(port);
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: DIR,
    env: ENV,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bare Next.js baseline exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bare Next.js baseline did not answer on ${origin} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, stop: () => stopChild(child) };
}
