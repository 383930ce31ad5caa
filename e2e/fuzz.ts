// `npm run fuzz -- [--count N] [--seconds S] [--seed N] [--url http://host:port | --port P]`
// Sends generated and mutated requests (e2e/fuzz-requests.ts) to the question pages, result pages, contact page
// and JSON API of a production build, bounded in count and time; starts `next start` itself (on --port, $FUZZ_PORT
// or 3300) unless --url names a running server. Fails on any 5xx, on any 4xx HTML page without a link into the
// site, on a redirect off the site, and on an HTML page whose Content-Security-Policy is missing, weak, or does
// not match its own inline scripts (e2e/fuzz-checks.ts). Prints the status codes seen.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { generator } from './fuzz-requests';
import { problems } from './fuzz-checks';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i]!;
  if (key.startsWith('--') && process.argv[i + 1] !== undefined && !process.argv[i + 1]!.startsWith('--'))
    args.set(key.slice(2), process.argv[++i]!);
  else if (key.startsWith('--')) throw new Error(`unknown or incomplete option ${key}`);
}
const COUNT = Number(args.get('count') ?? 10_000);
const SECONDS = Number(args.get('seconds') ?? 300);
const SEED = Number(args.get('seed') ?? 20261128);
const CONCURRENCY = 8;

async function waitFor(url: string, ms: number, server: ChildProcess) {
  const until = Date.now() + ms;
  while (Date.now() < until && server.exitCode === null) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `server at ${url} did not start${server.exitCode !== null ? ` (exit code ${server.exitCode}; is the port taken, or the build missing?)` : ''}`,
  );
}

/** `next start` as a direct child (not through npx), so stopping it stops the server. */
function startServer(port: number): ChildProcess {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  return spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

async function main() {
  let server: ChildProcess | undefined;
  let base = args.get('url')?.replace(/\/+$/, '');
  if (!base) {
    const port = Number(args.get('port') ?? process.env.FUZZ_PORT ?? 3300);
    base = `http://127.0.0.1:${port}`;
    server = startServer(port);
    await waitFor(`${base}/en`, 60_000, server);
  }
  const origin = new URL(base).origin;
  const next = generator(SEED);
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const failed = new Set<number>();
  const deadline = Date.now() + SECONDS * 1000;
  let sent = 0;

  async function worker() {
    while (sent < COUNT && Date.now() < deadline) {
      sent += 1;
      const n = sent;
      const request = next();
      const where = `#${n} ${request.method} ${request.path.slice(0, 160)} ${JSON.stringify(request.headers).slice(0, 160)}`;
      try {
        const response = await fetch(base + request.path, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(15_000),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const body = await response.text();
        for (const problem of problems({ status: response.status, headers: response.headers, body }, origin, request.method !== 'HEAD')) {
          failures.push(`${problem}: ${where}`);
          failed.add(n);
        }
      } catch (error) {
        failures.push(`no response (${(error as Error).message}): ${where}`);
        failed.add(n);
      }
    }
  }

  const started = Date.now();
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    server?.kill();
  }
  const table = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(`fuzz: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED}); status codes ${table}`);
  for (const failure of failures.slice(0, 20)) console.error(`  ${failure}`);
  if (failures.length > 20) console.error(`  … and ${failures.length - 20} more`);
  console.log(`${sent - failed.size} passed, ${failed.size} failed`);
  process.exit(failures.length > 0 ? 1 : 0);
}

void main();
