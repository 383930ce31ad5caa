// `npm run test:cluster [-- --port P]`: two `next start` servers of the current build on one throwaway
// PostgreSQL (lib/enquiries/testing/postgres.ts), as behind the reverse proxy of docs/deploy/nginx.conf, and
// shows what a several-server deployment must keep true:
//   1. a result is the same page (and the same JSON) from either server;
//   2. the rate limit is shared: one client is refused on both servers after ENQUIRY_RATE_LIMIT enquiries,
//      however it varies the X-Forwarded-For entries it writes itself;
//   3. each enquiry is delivered exactly once, and deliveries left by a server killed with SIGKILL are sent
//      by the other (the outbox resumes);
//   4. a server reached directly (TRUST_PROXY_HOPS=0) counts the connection, not a client's X-Forwarded-For.
// Ports P+1 and P+2 ($CLUSTER_PORT, 3400 by default). Needs `npm run build` first. Exits 1 on any failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { completeAnswers } from '../../lib/assessment/testing/arbitraries';
import { resultHref } from '../../lib/addresses/urls';
import { freshDatabase, startTestPostgres } from '../../lib/enquiries/testing/postgres';
import { startWebhookReceiver } from '../../lib/enquiries/testing/receivers';
import { loadEnquiryForm, VALID_FIELDS } from '../enquiry-client';
import { startArguments } from '../bench/server';

const portArg = process.argv.indexOf('--port');
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.CLUSTER_PORT ?? 3400));
const LIMIT = 3;
const started = Date.now();
const failures: string[] = [];
const log: string[] = [];

function check(ok: boolean, what: string) {
  console.log(`${ok ? '  ok ' : '  FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

type Server = { name: string; base: string; process: ChildProcess };

async function startServer(name: string, port: number, env: Record<string, string>): Promise<Server> {
  // Its own process group, so SIGKILL takes the whole server, as a crashed machine would.
  const child = spawn(process.execPath, [...startArguments(), '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The servers' own messages (failed delivery attempts are expected here) are shown only if a check fails.
  child.stderr!.on('data', (chunk: Buffer) => log.push(`[${name}] ${chunk.toString('utf8').trimEnd()}`));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/en/enquiry`)).ok) return { name, base, process: child };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server ${name} on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function kill(server: Server): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => server.process.once('exit', () => r()));
  process.kill(-server.process.pid!, 'SIGKILL');
  return exited;
}

let enquiries = 0;

/** Posts the enquiry form of `server` as a browser without JavaScript, with the form loaded from `formFrom`. */
async function sendEnquiry(server: Server, formFrom: Server, forwardedFor?: string): Promise<'stored' | 'limited' | string> {
  const form = new FormData();
  for (const [name, value] of await loadEnquiryForm(`${formFrom.base}/en/enquiry`)) form.append(name, value);
  const n = ++enquiries;
  for (const [name, value] of Object.entries({ ...VALID_FIELDS, email: `cluster${n}@example.com`, message: `Cluster test ${n}` }))
    form.append(name, value);
  const headers: Record<string, string> = { origin: server.base };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const response = await fetch(`${server.base}/en/enquiry`, { method: 'POST', body: form, headers, redirect: 'manual' });
  const html = await response.text();
  if (response.status === 303 && response.headers.get('location')?.includes('ref=')) return 'stored';
  if (response.status === 200 && html.includes('several enquiries')) return 'limited';
  return `status ${response.status}`;
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return condition();
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first');
  const pg = await startTestPostgres();
  if (!pg) throw new Error('PostgreSQL is not installed (apt-get install postgresql, or set TEST_DATABASE_URL)');
  const hook = await startWebhookReceiver({ status: 503 });
  const servers: Server[] = [];
  try {
    const env = {
      DATABASE_URL: await freshDatabase(pg.url, `cluster_${process.pid}`),
      ENQUIRY_WEBHOOK_URL: hook.url,
      ENQUIRY_FORM_SECRET: 'cluster test: one secret shared by every server',
      ENQUIRY_RATE_LIMIT: String(LIMIT),
      ENQUIRY_POLL_MS: '200',
      ENQUIRY_RETRY_BASE_MS: '200',
      ENQUIRY_RETRY_MAX_MS: '500',
      // A killed server's leased deliveries are taken by the other after 2 × this + 5 s.
      ENQUIRY_DELIVERY_TIMEOUT_MS: '1000',
      TRUST_PROXY_HOPS: '1',
    };
    const [a, b] = await Promise.all([startServer('A', PORT + 1, env), startServer('B', PORT + 2, env)]);
    servers.push(a!, b!);
    console.log(`cluster: servers A and B on one PostgreSQL, ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 1. The same result from either server.
    const answerSets = fc.sample(completeAnswers, { numRuns: 3, seed: 15 });
    for (const answers of answerSets) {
      const path = resultHref('en', answers);
      const [pageA, pageB] = await Promise.all(servers.map(async (s) => (await fetch(s.base + path)).text()));
      const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html.replace(/ nonce="[^"]*"/g, ''))?.[0] ?? '';
      check(main(pageA!) !== '' && main(pageA!) === main(pageB!), `result ${path.slice(0, 60)}… is the same page from A and B`);
      // The result's own JSON, by its code (a result link has no query: asking `?undefined` got the same 400 twice).
      const api = `/api/assessment/${path.split('/').at(-1)}`;
      const [jsonA, jsonB] = await Promise.all(
        servers.map(async (s) => {
          const response = await fetch(s.base + api);
          return `${response.status} ${await response.text()}`;
        }),
      );
      check(jsonA === jsonB && jsonA!.startsWith('200 {"'), `and the same JSON from the API (${jsonA!.slice(0, 3)})`);
    }

    // 2. One limit for both servers: the client (the entry nginx appended) is the same, its own entries vary.
    const outcomes: string[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const server = servers[i % 2]!;
      outcomes.push(`${server.name}:${await sendEnquiry(server, servers[(i + 1) % 2]!, `10.${i}.0.1, 198.51.100.7`)}`);
    }
    const stored = outcomes.filter((o) => o.endsWith('stored')).length;
    check(
      stored === LIMIT && outcomes.slice(LIMIT).every((o) => o.endsWith('limited')),
      `one client alternating servers: ${outcomes.join(' ')} (limit ${LIMIT}, shared)`,
    );

    // 3. Exactly-once delivery, and the outbox resuming after a server dies. The receiver fails at first,
    // so deliveries are pending (some leased by A) when A is killed.
    for (let i = 0; i < 8; i++) {
      const outcome = await sendEnquiry(servers[i % 2]!, servers[i % 2]!, `203.0.113.${i + 10}`);
      if (outcome !== 'stored') check(false, `enquiry ${i} from its own client was ${outcome}`);
    }
    const expected = stored + 8;
    await new Promise((r) => setTimeout(r, 500));
    await kill(a!);
    hook.state.status = 200;
    const delivered = await waitFor(() => new Set(hook.calls.map((c) => c.json.reference)).size >= expected, 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    const references = hook.calls.map((c) => c.json.reference);
    check(delivered, `all ${expected} enquiries delivered after A was killed (B's outbox took over): ${new Set(references).size}`);
    check(references.length === new Set(references).size, `each delivered exactly once (${references.length} calls)`);

    // 4. A server reached directly counts the connection: rotating X-Forwarded-For does not escape the limit.
    const direct = await startServer('A (direct)', PORT + 1, { ...env, TRUST_PROXY_HOPS: '0' });
    servers[0] = direct;
    const directOutcomes: string[] = [];
    for (let i = 0; i < LIMIT + 2; i++) directOutcomes.push(await sendEnquiry(direct, direct, `192.0.2.${i + 1}`));
    check(
      directOutcomes.filter((o) => o === 'stored').length === LIMIT && directOutcomes.slice(LIMIT).every((o) => o === 'limited'),
      `a client sending its own rotating X-Forwarded-For to a server without a proxy: ${directOutcomes.join(' ')}`,
    );
  } finally {
    await Promise.all(servers.map(kill));
    await hook.close();
    await pg.stop();
  }
  console.log(
    `cluster: ${failures.length === 0 ? 'passed' : `${failures.length} failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`cluster: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
