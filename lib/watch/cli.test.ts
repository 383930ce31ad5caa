import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '@/lib/enquiries/store/sqlite';
import { createMemoryCounter } from '@/lib/enquiries/rate-limit';
import { issueFormKey } from '@/lib/enquiries/form-key';
import { startSmtpSink } from '@/lib/enquiries/testing/receivers';
import { DUTY_CALENDAR } from './calendar-duties';
import { confirmSubscription } from './confirm';
import { allMessages } from './queue';
import { openWatch } from './service';
import { subscribe } from './subscribe';
import { readMail } from './testing/mail';

const SECRET = 'watch command tests: a form secret of thirty-two characters';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

// Spawned, not run in this process: the command is what the operator runs (the sink must answer meanwhile).
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lib/watch/cli.ts', ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run watch', { timeout: 60_000 }, () => {
  it('refuses to send without SMTP, then sends the notice a ruleset change calls for, once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-watch-cli-')), 'enquiries.sqlite');
    const smtp = await startSmtpSink();
    cleanups.push(smtp.close);
    const env = { ENQUIRY_DB_PATH: path, ENQUIRY_FORM_SECRET: SECRET, SITE_URL: 'https://compass.test' };
    const mail = { ...env, ENQUIRY_SMTP_URL: smtp.url, ENQUIRY_MAIL_TO: 'desk@consultancy.test' };
    // A subscription to a result of version 2 (one whose result version 3 changes), confirmed while 2 was current.
    const store = openSqliteStore(path);
    await store.migrate();
    const watch = await openWatch(store, mail, { counter: createMemoryCounter(), siteUrl: 'https://compass.test' });
    const now = new Date(Date.now() - 86_400_000);
    await subscribe(
      {
        locale: 'en',
        input: { email: 'li@example.org', launch: '', granted: '' },
        resultCode: '2-s000078x45cf',
        formKey: issueFormKey(now.getTime(), Buffer.from(SECRET)),
        honeypot: '',
        client: 'x',
      },
      watch,
      now,
    );
    const id = (await allMessages(store.sql))[0]!.subscriptionId!;
    await confirmSubscription({ ...watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id }, now);
    await store.sql.run(`UPDATE watch_subscriptions SET basis_code = result_code, checked_version = '2'`);
    await watch.limiter.close();
    await store.close();

    const refused = await cli(['notify'], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ENQUIRY_SMTP_URL is not set');
    expect(refused.err).not.toContain('ENQUIRY_FORM_SECRET');

    const first = await cli(['notify'], mail);
    expect(first.code).toBe(0);
    expect(first.out).toContain('1 subscriptions compared with the current rules: 1 changed');
    // The confirmation and the result were still queued (nothing had sent them): the command sends all three.
    expect(first.out).toContain('3 e-mails sent');
    const notices = smtp.messages.map((m) => readMail(m.raw)).filter((m) => m.headers.get('subject')?.includes('rules changed'));
    expect(notices).toHaveLength(1);
    const again = await cli(['notify'], mail);
    expect(again.out).toContain('0 subscriptions compared');
    expect(again.out).toContain('0 e-mails sent');

    const counts = await cli(['counts'], env);
    expect(counts.out).toContain('1 watched results, 1 confirmed subscribers');
    expect((await cli(['reminders', '--today', '2027-02-30'], mail)).err).toContain('--today must be a day');
    expect((await cli(['deliveries'], env)).err).toContain('3 delivered, 0 pending, 0 failed');
  });
});
