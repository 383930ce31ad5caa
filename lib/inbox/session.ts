import { clientAddress as connectionAddress, trustedHops } from '@/lib/security/client-address';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getIronSession, type SessionOptions } from 'iron-session';
import { getSite } from '@/lib/content/site';
import { enquiryService } from '@/lib/enquiries/service';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S } from './device';
import { endSession, sessionUser, SESSION_LIMITS, storedSecret, type StaffUser } from './store';

/** The cookie holds only a session id, sealed (encrypted and signed) by iron-session; the session itself is in the store. */
type CookieData = { sid?: string };

const COOKIE = 'icp_staff';

/**
 * The key that seals the cookie: INBOX_SESSION_SECRET (at least 32 characters) when set, else a random secret
 * made once and kept in the store, so restarts and servers sharing the store keep their sessions. Never logged.
 */
async function secret(sql: SqlRunner): Promise<string> {
  const fromEnv = process.env.INBOX_SESSION_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('INBOX_SESSION_SECRET must have at least 32 characters');
    return fromEnv;
  }
  return storedSecret(sql, 'inbox-session');
}

/** Secure when the request came over HTTPS (a proxy in front says so) or the site's public address is HTTPS. */
function isHttps(h: Headers): boolean {
  return h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || getSite().siteUrl.startsWith('https://');
}

async function session(sql: SqlRunner) {
  const options: SessionOptions = {
    cookieName: COOKIE,
    password: await secret(sql),
    ttl: SESSION_LIMITS.absoluteMs / 1000,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: isHttps(await headers()), path: '/' },
  };
  return getIronSession<CookieData>(await cookies(), options);
}

/** The signed-in member of staff, or null (no cookie, a forged or stale one, an ended or expired session). */
export async function currentStaff(): Promise<StaffUser | null> {
  if (!(await cookies()).has(COOKIE)) return null;
  const { store } = await enquiryService();
  const sid = (await session(store.sql)).sid;
  return sid ? sessionUser(store.sql, sid, new Date()) : null;
}

/**
 * For a server action: the signed-in member of staff, or the sign-in page for anyone else (before anything is read);
 * throws when the store cannot be reached, so the action can say so and keep what was typed.
 */
export async function staffForAction(locale: Locale): Promise<StaffUser> {
  const user = await currentStaff();
  if (!user) redirect(localePath(locale, '/inbox/sign-in'));
  return user;
}

/** The signed-in member of staff; anyone else is sent to the sign-in page before anything is read. */
export async function requireStaff(locale: Locale): Promise<StaffUser> {
  const user = await currentStaff().catch(() => null);
  if (!user) redirect(localePath(locale, '/inbox/sign-in'));
  return user;
}

/** Puts a new session's id in the cookie, and this browser's device token in its own (in a server action). */
export async function startSession(sessionId: string, deviceToken: string): Promise<void> {
  const { store } = await enquiryService();
  const s = await session(store.sql);
  s.sid = sessionId;
  await s.save();
  (await cookies()).set(DEVICE_COOKIE, deviceToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(await headers()),
    path: '/',
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}

/** The browser's device token (lib/inbox/device.ts), if it sent one. */
export async function deviceToken(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value?.slice(0, 300);
}

/** The current session's id (to keep it when its user changes their password), or null. */
export async function currentSessionId(): Promise<string | null> {
  const { store } = await enquiryService();
  return (await session(store.sql)).sid ?? null;
}

/** Ends the session in the store and clears the cookie (in a server action). */
export async function endCurrentSession(): Promise<void> {
  const { store } = await enquiryService();
  const s = await session(store.sql);
  if (s.sid) await endSession(store.sql, s.sid);
  s.destroy();
}

/** The signing-in client's address, as the rate limits read it (lib/security/client-address.ts, TRUST_PROXY_HOPS). */
export function clientAddress(h: Headers): string {
  return connectionAddress(h, trustedHops());
}
