// Building, starting and stopping the production server, and reading the memory of its process tree.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs `next build` and the steps `npm run build` runs after it; throws when one fails. */
export function buildSite(): void {
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, env: ENV, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
  // As `npm run build` does: content pages lose Next's scripts (docs/adr/0008), then the other static pages' inline
  // scripts are hashed (without the hashes the CSP blocks them).
  for (const [step, what] of [
    ['lib/build/scriptless-cli.ts', 'taking the scripts out of the content pages'],
    ['lib/security/hash-pages-cli.ts', "hashing the static pages' scripts"],
  ] as const) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', step], { cwd: ROOT, env: ENV, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${what} failed with status ${result.status}`);
  }
}

/** Throws unless a production build is in .next (for --skip-build and the budget check). */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('No production build in .next: run `npm run build` first.');
}

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** The Node flags `npm start` gives the server (its heap cap), read from package.json so both stay one. */
function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((arg) => /^--max-old-space-size=\d+$/.test(arg));
}

/** Starts `next start` on 127.0.0.1:port as `npm start` does (node runs next's bin itself, so the tree holds only the server). */
export async function startServer(port: number): Promise<RunningServer> {
  await assertPortFree(port);
  const child: ChildProcess = spawn(process.execPath, [...startFlags(), NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/en`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start did not answer on ${origin} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    pid: child.pid!,
    async stop() {
      await stopChild(child);
    },
  };
}

/** Throws when something already listens on 127.0.0.1:port (its answers would be measured instead). */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`Port ${port} is already in use on 127.0.0.1: stop what runs there or pass --port.`);
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** The pid and every descendant of it, from /proc. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(entry));
      parents.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    out.push(next);
    queue.push(...(parents.get(next) ?? []));
  }
  return out;
}

/** Resident memory of a process tree in bytes (VmRSS summed over the tree). */
export function treeRss(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Samples treeRss every `intervalMs` until stopped; returns the peak. */
export function sampleRss(pid: number, intervalMs = 100): { stop(): number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}
