import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The enquiry form's one-time key, issued by the server with each rendering of the form: the time it was
 * issued, a random part and an HMAC of both under the server's secret (ENQUIRY_FORM_SECRET), e.g.
 * `t3k9qz.Hx2…Q.9fA…c`. A script cannot make one up, an old one expires, and a double submit sends the same
 * key, so it stays the enquiry's idempotency key (one enquiry, one reference).
 */

const SECRET = Symbol.for('icp-compass.form-secret');
type Holder = { [SECRET]?: Buffer };

/**
 * ENQUIRY_FORM_SECRET, or (unset) a random secret for this process, with a warning: forms issued before a
 * restart, or by another server, are then refused as expired. Kept on globalThis so the page that issues
 * keys and the server action that checks them share it.
 */
export function formSecret(env: Record<string, string | undefined> = process.env): Buffer {
  const configured = env.ENQUIRY_FORM_SECRET?.trim();
  if (configured) {
    if (configured.length < 32) throw new Error('ENQUIRY_FORM_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)');
    return Buffer.from(configured, 'utf8');
  }
  const holder = globalThis as Holder;
  if (!holder[SECRET]) {
    holder[SECRET] = randomBytes(32);
    console.warn(
      '[enquiries] ENQUIRY_FORM_SECRET is not set: form keys are signed with a secret of this process only, so forms opened before a restart (or served by another server) must be reloaded. Set it, the same on every server.',
    );
  }
  return holder[SECRET];
}

const sign = (secret: Buffer, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);

/** A new key for one rendering of the form. */
export function issueFormKey(now: number = Date.now(), secret: Buffer = formSecret()): string {
  const payload = `${Math.floor(now / 1000).toString(36)}.${randomBytes(9).toString('base64url')}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type FormKeyCheck = 'valid' | 'expired' | 'forged';

/** Forms stay valid for ENQUIRY_FORM_MAX_AGE_HOURS (24 by default). */
export function formKeyMaxAgeMs(env: Record<string, string | undefined> = process.env): number {
  const hours = Number(env.ENQUIRY_FORM_MAX_AGE_HOURS?.trim() || 24);
  if (!Number.isFinite(hours) || hours <= 0) throw new Error('ENQUIRY_FORM_MAX_AGE_HOURS must be a positive number of hours');
  return hours * 3_600_000;
}

/** Whether `key` was issued by a server holding `secret`, and not longer than `maxAgeMs` ago (nor in the future). */
export function checkFormKey(key: string, now: number, maxAgeMs: number, secret: Buffer = formSecret()): FormKeyCheck {
  const match = /^([0-9a-z]{1,10})\.([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{22})$/.exec(key);
  if (!match) return 'forged';
  const expected = Buffer.from(sign(secret, `${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]!);
  if (!timingSafeEqual(expected, given)) return 'forged';
  const issued = parseInt(match[1]!, 36) * 1000;
  // A minute's grace for servers whose clocks differ a little.
  return issued > now + 60_000 || now - issued > maxAgeMs ? 'expired' : 'valid';
}
