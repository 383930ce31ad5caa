import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import { cachedSecret, normaliseEmail } from './store';

/**
 * Device cookies (OWASP's "Slow down online guessing attacks with device cookies"): a browser that has signed in to
 * an account gets a token naming the account and a random device id, signed with a secret kept in the store. Such a
 * browser is then held only by its own sign-in limit, not by the account's, which guessers use up. The token
 * holds no password and signs nobody in: it only picks the limit.
 */
export const DEVICE_COOKIE = 'icp_staff_device';
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 86_400;

const sign = (secret: string, account: string, id: string) => createHmac('sha256', secret).update(`${account}\n${id}`).digest('base64url');

/** A new device token for an account (or the same device id again, when the browser had one for it). */
export async function issueDeviceToken(sql: SqlRunner, email: string, deviceId: string | null = null): Promise<string> {
  const account = normaliseEmail(email);
  const id = deviceId ?? randomBytes(16).toString('base64url');
  return `${Buffer.from(account).toString('base64url')}.${id}.${sign(await cachedSecret(sql, 'inbox-device'), account, id)}`;
}

/** The device id a token carries for this account, or null (no token, another account's, forged or malformed). */
export async function deviceIdFor(sql: SqlRunner, token: string | undefined, email: string): Promise<string | null> {
  const [accountPart, id, mac] = (token ?? '').split('.');
  if (!accountPart || !id || !mac || !/^[\w-]{16,64}$/.test(id)) return null;
  const account = normaliseEmail(email);
  if (Buffer.from(accountPart, 'base64url').toString() !== account) return null;
  const expected = Buffer.from(sign(await cachedSecret(sql, 'inbox-device'), account, id));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
