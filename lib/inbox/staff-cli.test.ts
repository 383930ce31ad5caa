import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '@/lib/enquiries/store/sqlite';
import { signIn } from './auth';

function staff(args: string[], path: string, input = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/inbox/staff-cli.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, ENQUIRY_DB_PATH: path, DATABASE_URL: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run staff', { timeout: 60_000 }, () => {
  it('adds an account with the password from standard input, lists it, and removes it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-staff-')), 'enquiries.sqlite');
    const password = 'a long staff password';
    const added = staff(['add', 'Desk@Example.com'], path, `${password}\n`);
    expect(added).toMatchObject({ code: 0 });
    expect(added.out + added.err).not.toContain(password);
    expect(staff(['add', 'desk@example.com'], path, `${password}\n`).code).toBe(1);
    expect(staff(['list'], path).out).toContain('desk@example.com');

    const store = openSqliteStore(path);
    await store.migrate();
    const ok = await signIn(store.sql, { email: 'desk@example.com', password, client: 'c' }, new Date());
    expect(ok.kind).toBe('signed-in');
    expect(staff(['remove', 'desk@example.com'], path).code).toBe(0);
    expect(staff(['list'], path).err).toContain('0 staff accounts');
    expect(await signIn(store.sql, { email: 'desk@example.com', password, client: 'c' }, new Date())).toEqual({ kind: 'wrong' });
    await store.close();
  });

  it('refuses a short password, a password given as an argument, and a bad address', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-staff-')), 'enquiries.sqlite');
    expect(staff(['add', 'desk@example.com'], path, 'short\n')).toMatchObject({ code: 1, err: expect.stringContaining('at least 12') });
    expect(staff(['add', 'desk@example.com', 'a long staff password'], path).err).toContain('never given as an argument');
    expect(staff(['add', 'not-an-address'], path, 'a long staff password\n').code).toBe(1);
    // Common or breached passwords, blank ones and the account's own address are refused too.
    for (const [password, why] of [
      ['password1234', 'common or breached'],
      [' '.repeat(12), 'only spaces'],
      ['desk@example.com', 'e-mail address'],
    ])
      expect(staff(['add', 'desk@example.com'], path, `${password}\n`)).toMatchObject({ code: 1, err: expect.stringContaining(why!) });
    expect(staff(['list'], path).err).toContain('0 staff accounts');
  });

  it('makes the first account an owner, later ones staff, and changes roles', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'icp-staff-')), 'enquiries.sqlite');
    expect(staff(['add', 'first@example.com'], path, 'a long staff password\n').out).toContain('(owner)');
    expect(staff(['add', 'second@example.com'], path, 'a long staff password\n').out).toContain('(staff)');
    expect(staff(['role', 'second@example.com', 'owner'], path).code).toBe(0);
    expect(staff(['list'], path).out).toMatch(/second@example\.com\s+owner/);
    expect(staff(['role', 'second@example.com', 'king'], path).code).toBe(1);
  });
});
