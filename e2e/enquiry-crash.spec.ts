import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { loadEnquiryForm, postEnquiry, VALID_FIELDS } from './enquiry-client';
import { startWebhookReceiver } from '../lib/enquiries/testing/receivers';
import { issueFormKey } from '../lib/enquiries/form-key';
import { startArguments } from './bench/server';

// Its own server on its own port and database, killed with SIGKILL mid-submission.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
// The server's form secret, so each posted enquiry can carry a fresh key the server accepts.
const FORM_SECRET = 'crash-test secret, at least thirty-two characters long';

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  // Detached: the server is a process group of its own, so the kill takes every process it started.
  const server = spawn(process.execPath, [...startArguments(), '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        if ((await fetch(`${BASE}/en/enquiry`)).ok) return resolve(server);
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline || server.exitCode !== null) return reject(new Error('server did not start'));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

test('a server killed mid-submission loses no confirmed enquiry, and delivers each after restart', async () => {
  test.setTimeout(120_000);
  const dbPath = join(mkdtempSync(join(tmpdir(), 'icp-crash-')), 'enquiries.sqlite');
  // The receiver is down while enquiries arrive, so their deliveries are pending when the server dies.
  const hook = await startWebhookReceiver({ status: 503 });
  const env = {
    ENQUIRY_DB_PATH: dbPath,
    ENQUIRY_WEBHOOK_URL: hook.url,
    ENQUIRY_POLL_MS: '200',
    ENQUIRY_RETRY_BASE_MS: '200',
    ENQUIRY_RETRY_MAX_MS: '1000',
    // Deliveries the killed server had leased wait out their lease (2 × timeout + 5 s) before another takes them.
    ENQUIRY_DELIVERY_TIMEOUT_MS: '1000',
    ENQUIRY_RATE_LIMIT: '100000',
    ENQUIRY_EMAIL_LIMIT: '100000',
    ENQUIRY_SITE_LIMIT_PER_HOUR: '100000',
    ENQUIRY_FORM_SECRET: FORM_SECRET,
  };
  let server = await startServer(env);
  try {
    const url = `${BASE}/en/enquiry`;
    const hidden = (await loadEnquiryForm(url)).filter(([name]) => name !== 'submission');
    const confirmed = new Set<string>();
    let attempted = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        attempted++;
        try {
          const posted = await postEnquiry(
            url,
            { ...VALID_FIELDS, message: `Crash test ${attempted}`, submission: issueFormKey(Date.now(), Buffer.from(FORM_SECRET)) },
            hidden,
          );
          const ref = posted.location ? new URL(posted.location, BASE).searchParams.get('ref') : null;
          if (posted.status === 303 && ref) confirmed.add(ref);
        } catch {
          // The connection died with the server: this one was never confirmed.
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await expect.poll(() => confirmed.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(40);
    process.kill(-server.pid!, 'SIGKILL');
    await new Promise((r) => server.once('exit', r));
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(workers);
    const confirmedAtCrash = [...confirmed];

    hook.state.status = 200;
    server = await startServer(env);
    // Every confirmed enquiry is in the store...
    const db = new Database(dbPath, { readonly: true });
    const stored = new Set(
      db
        .prepare<[], { reference: string }>('SELECT reference FROM enquiries')
        .all()
        .map((r) => r.reference),
    );
    db.close();
    expect(confirmedAtCrash.filter((ref) => !stored.has(ref))).toEqual([]);
    // ...and the restarted server delivers every stored one, without a visitor's help.
    await expect.poll(() => new Set(hook.calls.map((c) => c.json.reference)).size, { timeout: 30_000 }).toBe(stored.size);
    const delivered = new Set(hook.calls.map((c) => c.json.reference));
    expect(confirmedAtCrash.filter((ref) => !delivered.has(ref))).toEqual([]);
    console.log(
      `crash test: ${attempted} attempts, ${confirmedAtCrash.length} confirmed before the kill, ${stored.size} stored, ${hook.calls.length} webhook calls for ${delivered.size} enquiries`,
    );
  } finally {
    try {
      process.kill(-server.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await hook.close();
  }
});
