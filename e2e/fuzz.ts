// `npm run fuzz -- [--count N] [--seconds S] [--seed N] [--url http://host:port | --port P]`
// Sends generated and mutated requests (e2e/fuzz-requests.ts) to the question pages, result pages, contact page
// and JSON API of a production build, bounded in count and time; starts the production server itself (on --port, $FUZZ_PORT
// or 3300) unless --url names a running server. Fails on any 5xx, on any 4xx HTML page without a link into the
// site, on a redirect off the site, and on an HTML page whose Content-Security-Policy is missing, weak, or does
// not match its own inline scripts (e2e/fuzz-checks.ts). Prints the status codes seen.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { generator, knownCases } from './fuzz-requests';
import { problems, requestProblems } from './fuzz-checks';
import { startArguments } from './bench/server';

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

/** The production server as `npm start` runs it, as a direct child (not through npm), so stopping it stops the server. */
function startServer(port: number): ChildProcess {
  return spawn(process.execPath, [...startArguments(), '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * One request over node:http rather than fetch, which refuses to send TRACE, TRACK and CONNECT; redirects are
 * not followed. Resolves with the answer, rejects on a dropped connection or after 15 s.
 */
function send(url: string, fuzz: { method: string; headers: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Headers; body: string }>((resolve, reject) => {
    const headers = new Headers();
    // A connection per request, kept alive (unless the request says otherwise) so that a server refusing a body it
    // did not read discards the body instead of closing on it: closing on unread data resets the connection
    // (TCP RST) before the client has read the answer. Closed here once the answer is in.
    const named = (name: string) => Object.keys(fuzz.headers).some((h) => h.toLowerCase() === name);
    const requestHeaders: Record<string, string> = { ...(named('connection') ? {} : { connection: 'keep-alive' }), ...fuzz.headers };
    // A body goes with its length, as browsers send it, unless the request is about the framing itself.
    if (fuzz.body !== undefined && !named('content-length') && !named('transfer-encoding'))
      requestHeaders['content-length'] = String(Buffer.byteLength(fuzz.body));
    const req = httpRequest(url, { method: fuzz.method, headers: requestHeaders, timeout: 15_000, agent: false });
    const answer = (res: IncomingMessage) => {
      for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, String(value));
      return res.statusCode ?? 0;
    };
    // A CONNECT's answer body arrives as tunnel data: the head, then the socket until the server closes it.
    req.on('connect', (res, socket, head) => {
      const status = answer(res);
      const chunks: Buffer[] = [head];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('end', () => resolve({ status, headers, body: Buffer.concat(chunks).toString('utf8') }));
      socket.on('error', reject);
    });
    req.on('response', (res) => {
      const status = answer(res);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status, headers, body: Buffer.concat(chunks).toString('utf8') });
        req.destroy();
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 15 s')));
    req.on('error', reject);
    req.end(fuzz.body);
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
  // The forms' action ids and a framework file, read off the enquiry page as a browser would.
  const page = await (await fetch(`${base}/en/enquiry`)).text();
  const site = {
    actionIds: [...new Set([...page.matchAll(/&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/g)].map((m) => m[1]!))],
    staticFiles: [...new Set([...page.matchAll(/\/_next\/static\/[A-Za-z0-9_./-]+\.(?:js|css)/g)].map((m) => m[0]))].slice(0, 3),
  };
  const next = generator(SEED, site);
  const known = knownCases(site, origin);
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const failed = new Set<number>();
  const deadline = Date.now() + SECONDS * 1000;
  let sent = 0;

  async function worker() {
    while (sent < COUNT && Date.now() < deadline) {
      sent += 1;
      const n = sent;
      const request = known[n - 1] ?? next(origin);
      const where = `#${n} ${request.method} ${request.path.slice(0, 160)} ${JSON.stringify(request.headers).slice(0, 160)}`;
      try {
        const response = await send(base + request.path, request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const { body } = response;
        const answer = { status: response.status, headers: response.headers, body };
        for (const problem of [...problems(answer, origin, request.method !== 'HEAD'), ...requestProblems(request, answer, origin)]) {
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
