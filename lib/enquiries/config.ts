import { resolve } from 'node:path';
import type { Channel } from './types';

/** How the enquiry store and its deliveries are set up, from environment variables (see the README). */
export type EnquiryConfig = {
  database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  email: { smtpUrl: string; to: string; from: string } | null;
  webhook: { url: string; secret: string | null } | null;
  /** Delivery retries: the first after `retryBaseMs`, doubling up to `retryMaxMs`, given up after `maxAttempts`. */
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** How often pending deliveries are looked for; a new enquiry is also sent at once. */
  pollMs: number;
  /** A single delivery attempt is abandoned (and retried later) after this long. */
  deliveryTimeoutMs: number;
  /** Enquiries one client may send per window; more are refused with a message. */
  rateLimit: { max: number; windowMs: number };
};

type Env = Record<string, string | undefined>;

function number(env: Env, key: string, fallback: number, min = 0): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${key} must be a number of at least ${min} (got "${raw}")`);
  return value;
}

/** Reads the configuration; throws with the variable's name when one is malformed or incomplete. */
export function enquiryConfig(env: Env = process.env): EnquiryConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset to use the SQLite file ENQUIRY_DB_PATH)');
  }
  const smtpUrl = env.ENQUIRY_SMTP_URL?.trim();
  const mailTo = env.ENQUIRY_MAIL_TO?.trim();
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('ENQUIRY_SMTP_URL must start with smtp:// or smtps://');
  if (smtpUrl && !mailTo) throw new Error('ENQUIRY_MAIL_TO must be set when ENQUIRY_SMTP_URL is (the address enquiries are sent to)');
  const webhookUrl = env.ENQUIRY_WEBHOOK_URL?.trim();
  if (webhookUrl && !/^https?:\/\//.test(webhookUrl)) throw new Error('ENQUIRY_WEBHOOK_URL must start with http:// or https://');
  return {
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'sqlite', path: resolve(env.ENQUIRY_DB_PATH?.trim() || 'data/enquiries.sqlite') },
    email: smtpUrl && mailTo ? { smtpUrl, to: mailTo, from: env.ENQUIRY_MAIL_FROM?.trim() || mailTo } : null,
    webhook: webhookUrl ? { url: webhookUrl, secret: env.ENQUIRY_WEBHOOK_SECRET?.trim() || null } : null,
    retryBaseMs: number(env, 'ENQUIRY_RETRY_BASE_MS', 30_000, 1),
    retryMaxMs: number(env, 'ENQUIRY_RETRY_MAX_MS', 3_600_000, 1),
    maxAttempts: number(env, 'ENQUIRY_MAX_ATTEMPTS', 20, 1),
    pollMs: number(env, 'ENQUIRY_POLL_MS', 5_000, 10),
    deliveryTimeoutMs: number(env, 'ENQUIRY_DELIVERY_TIMEOUT_MS', 15_000, 10),
    rateLimit: { max: number(env, 'ENQUIRY_RATE_LIMIT', 5, 1), windowMs: number(env, 'ENQUIRY_RATE_WINDOW_SECONDS', 3600, 1) * 1000 },
  };
}

/** The channels new enquiries are queued for. */
export function channelsOf(config: EnquiryConfig): Channel[] {
  return [...(config.email ? (['email'] as const) : []), ...(config.webhook ? (['webhook'] as const) : [])];
}
