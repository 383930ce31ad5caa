import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './store/sqlite';
import { sampleEnquiry } from './testing/fixtures';

function cli(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/enquiries/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run enquiries', () => {
  it('lists, exports without formula injection, and purges past the retention period', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-cli-')), 'enquiries.sqlite');
    const store = openSqliteStore(path);
    await store.migrate();
    const old = await store.insert(sampleEnquiry({ name: 'Old Enquirer' }), [], new Date(Date.now() - 400 * 86_400_000));
    const recent = await store.insert(
      sampleEnquiry({ name: '=HYPERLINK("http://evil.example")', message: '+1 call me' }),
      ['webhook'],
      new Date(),
    );
    await store.close();
    const env = { ENQUIRY_DB_PATH: path };

    const list = cli(['list'], env);
    expect(list.code).toBe(0);
    expect(list.out).toContain(old.enquiry.reference);
    expect(list.err).toContain('2 enquiries');

    const out = join(tmpdir(), `icp-cli-${Date.now()}.csv`);
    expect(cli(['export', '--format', 'csv', '--out', out], env).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain(`'+1 call me`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    const json = JSON.parse(cli(['export', '--format', 'json'], env).out);
    expect(json.map((e: { reference: string }) => e.reference)).toEqual([old.enquiry.reference, recent.enquiry.reference]);

    const deliveries = cli(['deliveries'], env);
    expect(deliveries.err).toContain('0 delivered, 1 pending, 0 failed');

    // content/site.yaml keeps enquiries 365 days: the 400-day-old one goes.
    expect(cli(['purge', '--dry-run'], env).out).toContain('1 enquiries received before');
    expect(cli(['purge'], env).out).toMatch(/^Deleted 1 enquiries/);
    expect(cli(['list'], env).out).not.toContain(old.enquiry.reference);
  }, 60_000);

  it('exports one person’s data and deletes it after saying what goes, leaving only the deletion log', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-cli-')), 'enquiries.sqlite');
    const store = openSqliteStore(path);
    await store.migrate();
    const mine = await store.insert(sampleEnquiry({ email: 'Li.Wei@example.com', phone: '+86 138 0000 0000' }), ['email'], new Date());
    const again = await store.insert(sampleEnquiry({ email: '', phone: '13800000000' }), [], new Date());
    const other = await store.insert(sampleEnquiry({ name: 'Ann', email: 'ann@example.org' }), [], new Date());
    await store.close();
    const env = { ENQUIRY_DB_PATH: path };

    const byEmail = JSON.parse(cli(['person', '--email', 'li.wei@EXAMPLE.com'], env).out);
    expect(byEmail.enquiries.map((e: { reference: string }) => e.reference)).toEqual([mine.enquiry.reference]);
    // The same number with or without its country code is the same person.
    const byPhone = JSON.parse(cli(['person', '--phone', '138 0000 0000'], env).out);
    expect(byPhone.enquiries.map((e: { reference: string }) => e.reference)).toEqual([mine.enquiry.reference, again.enquiry.reference]);

    // Without --yes it only says what would go, and where copies went that it cannot delete.
    const dry = cli(['delete', '--email', 'li.wei@example.com'], env);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain(mine.enquiry.reference);
    expect(dry.out).toContain('1 pending deliveries are cancelled');
    expect(dry.out).toContain('Backups of the database keep their copies');
    expect(dry.out).toContain('Run again with --yes');
    expect(cli(['list'], env).out).toContain(mine.enquiry.reference);
    const done = cli(['delete', '--email', 'li.wei@example.com', '--yes', '--by', 'dpo@consultancy.test'], env);
    expect(done.out).toContain(`Deleted 1 enquiries (${mine.enquiry.reference})`);
    expect(cli(['delete', '--ref', again.enquiry.reference.toLowerCase(), '--yes'], env).code).toBe(0);
    const list = cli(['list'], env).out;
    expect(list).not.toContain(mine.enquiry.reference);
    expect(list).not.toContain(again.enquiry.reference);
    expect(list).toContain(other.enquiry.reference);
    const log = cli(['deletions'], env).out;
    expect(log).toContain(`${mine.enquiry.reference}  person     by dpo@consultancy.test`);
    expect(log).toContain(`${again.enquiry.reference}  enquiry`);
    expect(log).not.toContain('Li.Wei');
    expect(cli(['delete', '--email', 'nobody@example.com'], env).code).toBe(1);
    expect(cli(['person', '--ref', 'E-0000-0000'], env).code).toBe(1);
  }, 60_000);

  it('refuses a bad command or option with the usage and exit code 1', () => {
    const env = { ENQUIRY_DB_PATH: join(mkdtempSync(join(tmpdir(), 'icp-cli-')), 'e.sqlite') };
    const bad = cli(['export', '--format', 'xlsx'], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--format must be csv or json');
    expect(bad.err).toContain('Usage: npm run enquiries');
    expect(cli(['frobnicate'], env).code).toBe(1);
  }, 20_000);
});
