// Building, starting and stopping the production server, and reading the memory of its process tree.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs `npm run build` (next build, the steps after it, the custom server's compilation); throws when it fails. */
export function buildSite(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: ENV, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed with status ${result.status}`);
}

/** Throws unless a production build is in .next (for --skip-build and the budget check). */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID')) || !fs.existsSync(path.join(ROOT, 'dist/server.cjs')))
    throw new Error('No production build in .next and dist: run `npm run build` first.');
}

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * What `npm start` runs in `dir`, as Node's arguments (its flags, the script and the script's own arguments), read from
 * the package.json there so the bench starts the server exactly as `npm start` does, heap cap included, with node as
 * the direct child (its process tree is the server alone).
 */
export function startArguments(dir = ROOT): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`the start script of ${dir} does not run node: ${pkg.scripts.start}`);
  return args;
}

/** Starts the production server of `dir` on 127.0.0.1:port as `npm start -- -H 127.0.0.1 -p <port>` does. */
export async function startServer(
  port: number,
  { dir = ROOT, env = {} }: { dir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  await assertPortFree(port);
  const child: ChildProcess = spawn(process.execPath, [...startArguments(dir), '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/en`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer on ${origin} within 60 s:\n${output}`);
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
