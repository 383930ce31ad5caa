import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeKinds } from '@/lib/enquiries/testing/fixtures';
import type { EnquiryStore } from '@/lib/enquiries/store/store';
import * as password from './password';
import { cheapHash } from './testing/cheap-passwords';
import { signIn } from './auth';
import { addUser } from './store';
import { clientKeyOf, SIGN_IN_LIMITS } from './throttle';

const T0 = new Date('2026-11-02T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const PASSWORD = 'correct horse battery';
const EMAIL = 'desk@consultancy.test';

describe('the client a limit counts', () => {
  it('is an IPv4 address, or an IPv6 address by its /64', () => {
    expect(clientKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOf('unknown')).toBe('unknown');
  });
});

describe.each(storeKinds())('sign-in limits on $name', { timeout: 180_000 }, (kind) => {
  const opened: EnquiryStore[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  async function withUser() {
    const s = (await kind.create())();
    opened.push(s);
    await s.migrate();
    await addUser(s.sql, EMAIL, await cheapHash(PASSWORD), T0, 'owner');
    return s;
  }
  const attempt = (s: EnquiryStore, pw: string, when: Date, client: string, deviceToken?: string) =>
    signIn(s.sql, { email: EMAIL, password: pw, client, deviceToken }, when);

  it('checks at most the limit of 40 wrong passwords sent at once from one client', async () => {
    const s = await withUser();
    const verify = vi.spyOn(password, 'verifyPassword');
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(s, `guess ${i}`, T0, '198.51.100.7')));
    const checked = outcomes.filter((o) => o.kind === 'wrong').length;
    console.log(`[measure] ${kind.name}: ${checked} of 40 concurrent guesses checked, ${outcomes.length - checked} refused unchecked`);
    expect(checked).toBe(SIGN_IN_LIMITS.pair.max);
    expect(verify).toHaveBeenCalledTimes(SIGN_IN_LIMITS.pair.max);
    expect(outcomes.filter((o) => o.kind === 'locked')).toHaveLength(40 - SIGN_IN_LIMITS.pair.max);
    // Then the right password is refused too, unchecked.
    expect(await attempt(s, PASSWORD, at(1000), '198.51.100.7')).toMatchObject({ kind: 'locked' });
  });

  it('counts sequential guesses the same way, per account and client, and forgets them after the window', async () => {
    const s = await withUser();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++)
      expect((await attempt(s, `guess ${i}`, at(i * 1000), '198.51.100.8')).kind).toBe('wrong');
    const locked = await attempt(s, PASSWORD, at(10_000), '198.51.100.8');
    expect(locked.kind).toBe('locked');
    expect(locked.kind === 'locked' && locked.retryAfterSeconds).toBeGreaterThan(0);
    // The same account from another client is not held; nor is the same client on another window.
    expect((await attempt(s, PASSWORD, at(11_000), '203.0.113.9')).kind).toBe('signed-in');
    expect((await attempt(s, PASSWORD, at(SIGN_IN_LIMITS.pair.windowMs), '198.51.100.8')).kind).toBe('signed-in');
  });

  it('holds an IPv6 guesser by its /64, whichever addresses it takes from it', async () => {
    const s = await withUser();
    for (let i = 0; i < SIGN_IN_LIMITS.pair.max; i++) await attempt(s, `guess ${i}`, at(i), `2001:db8:5:6::${i + 1}`);
    expect((await attempt(s, PASSWORD, at(100), '2001:db8:5:6:ffff::99')).kind).toBe('locked');
    expect((await attempt(s, PASSWORD, at(100), '2001:db8:5:7::1')).kind).toBe('signed-in');
  });

  it('caps failures on one account from every client together at about 100 an hour', async () => {
    const s = await withUser();
    const verify = vi.spyOn(password, 'verifyPassword').mockResolvedValue(false);
    // 150 guesses from 150 addresses, 4 at a time: each client is far under its own limits.
    for (let i = 0; i < 150; i += 4)
      await Promise.all(
        [0, 1, 2, 3].map((j) => attempt(s, 'guess', at((i + j) * 10_000), `198.51.${Math.floor((i + j) / 200)}.${(i + j) % 200}`)),
      );
    expect(verify.mock.calls.length).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.max);
    expect(verify.mock.calls.length).toBeGreaterThanOrEqual(SIGN_IN_LIMITS.account.max - 4);
  });

  it('lets the real member of staff sign in from their own browser while others guess without end', async () => {
    const s = await withUser();
    // The member of staff signed in once before: their browser holds a device token for the account.
    const first = await attempt(s, PASSWORD, T0, '203.0.113.9');
    if (first.kind !== 'signed-in') throw new Error(first.kind);
    const device = first.deviceToken;
    vi.spyOn(password, 'verifyPassword').mockImplementation(async (pw) => pw === PASSWORD);
    // For four minutes a guesser tries every second from a new address (as the security review did), and the
    // member of staff signs in every 40 s from their browser; a colleague without the device cookie tries too.
    let own = 0;
    let ownTries = 0;
    let guesses = 0;
    for (let ms = 1000; ms <= 240_000; ms += 1000) {
      const guess = await attempt(s, `guess ${ms}`, at(ms), `198.51.${Math.floor(ms / 200_000)}.${(ms / 1000) % 200}`);
      if (guess.kind === 'wrong') guesses++;
      if (ms % 40_000 === 500 || ms % 40_000 === 0) {
        ownTries++;
        if ((await attempt(s, PASSWORD, at(ms + 500), '203.0.113.9', device)).kind === 'signed-in') own++;
      }
    }
    console.log(
      `[measure] ${kind.name}: with its device cookie the member of staff signed in ${own} of ${ownTries}; ${guesses} guesses checked in 4 min`,
    );
    expect(ownTries).toBe(6);
    expect(own).toBe(6);
    expect(guesses).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.max);
    // A forged or another account's device token does not escape the account's limit.
    for (let i = 0; i < 110; i++) await attempt(s, 'guess', at(250_000 + i), `198.51.2.${i % 200}`);
    expect((await attempt(s, PASSWORD, at(251_000), '198.51.3.1', `${device}x`)).kind).toBe('locked');
    expect((await attempt(s, PASSWORD, at(251_000), '198.51.3.1', device)).kind).toBe('signed-in');
  });
});
