import { createHmac, timingSafeEqual } from 'node:crypto';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Signed links in the e-mails. A token names one subscription (`s.<id>.<signature>`) or one address
 * (`a.<address key>.<signature>`), signed for one purpose: confirming, unsubscribing or managing. Nothing else is
 * needed to act on it, so nobody signs in; nothing in it can be changed or made up without the secret; and a link of
 * one purpose does nothing for another (an unsubscribe link cannot confirm). The signature is 132 bits of an HMAC.
 */
export type LinkPurpose = 'confirm' | 'unsubscribe' | 'manage';
export type LinkTarget = { kind: 'subscription'; id: string } | { kind: 'address'; key: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[A-Za-z0-9_-]{22}$/;
const TOKEN = /^([sa])\.([0-9a-f-]{36}|[A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

const hmac = (secret: Buffer, text: string) => createHmac('sha256', secret).update(text).digest('base64url').slice(0, 22);

/** The key that names an address in links and counts: an HMAC of the normalised address, never the address itself. */
export function addressKey(secret: Buffer, email: string): string {
  return hmac(secret, `address\n${normaliseAddress(email)}`);
}

/** One spelling per address: trimmed and lower case (as the enquiries' rate limits and data rights read it). */
export const normaliseAddress = (email: string) => email.trim().toLowerCase();

/** A token for a purpose and a target. */
export function signToken(secret: Buffer, purpose: LinkPurpose, target: LinkTarget): string {
  const [tag, id] = target.kind === 'subscription' ? ['s', target.id] : ['a', target.key];
  return `${tag}.${id}.${hmac(secret, `${purpose}\n${tag}\n${id}`)}`;
}

/** The target of a token signed for this purpose, or null for anything else (malformed, forged, another purpose). */
export function readToken(secret: Buffer, purpose: LinkPurpose, token: unknown): LinkTarget | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, tag, id, signature] = match as unknown as [string, 's' | 'a', string, string];
  if (tag === 's' ? !UUID.test(id) : !KEY.test(id)) return null;
  const expected = Buffer.from(hmac(secret, `${purpose}\n${tag}\n${id}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  return tag === 's' ? { kind: 'subscription', id } : { kind: 'address', key: id };
}

/** The pages a link opens, under the subscriber's language. */
export const WATCH_PAGES = {
  confirm: '/watch/confirm',
  unsubscribe: '/watch/unsubscribe',
  manage: '/watch/manage',
  /** RFC 8058's one-click unsubscribe (a POST from the mail program); a GET opens the unsubscribe page. */
  oneClick: '/watch/one-click',
} as const;

/** The full address of a watch page carrying a token. */
export function watchLink(siteUrl: string, locale: Locale, page: keyof typeof WATCH_PAGES, token: string): string {
  return `${siteUrl}${localePath(locale, WATCH_PAGES[page])}?t=${encodeURIComponent(token)}`;
}
