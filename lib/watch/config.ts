import { enquiryConfig } from '@/lib/enquiries/config';
import type { RateLimits } from '@/lib/enquiries/rate-limit';
import { isPlaceholderAddress } from '@/lib/site-address';

/** How result subscriptions are set up, from environment variables (see the README, "E-mail me this result"). */
export type WatchConfig = {
  /** The SMTP server and sender of the enquiry e-mails (ENQUIRY_SMTP_URL), or null: then nothing can be sent. */
  mail: { smtpUrl: string; from: string } | null;
  /** An unconfirmed subscription (and its address) is forgotten after this many days. */
  confirmDays: number;
  /** Delivered or abandoned messages are deleted after this many days. */
  keepMessagesDays: number;
  /** Requests per client, per address and for the whole site (each a confirmation or a link sent). */
  limits: RateLimits;
  /** Signs the links in the e-mails; unset, one is made and kept in the store. */
  linkSecret: string | null;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  pollMs: number;
  deliveryTimeoutMs: number;
};

type Env = Record<string, string | undefined>;

function whole(env: Env, key: string, fallback: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${key} must be a whole number of at least 1 (got "${raw}")`);
  return Number(raw);
}

/** Reads the configuration; throws with the variable's name when one is malformed. */
export function watchConfig(env: Env = process.env): WatchConfig {
  const enquiries = enquiryConfig(env);
  const from = env.WATCH_MAIL_FROM?.trim() || enquiries.email?.from;
  const windowMs = whole(env, 'WATCH_RATE_WINDOW_SECONDS', 3600) * 1000;
  const linkSecret = env.WATCH_LINK_SECRET?.trim() || null;
  if (linkSecret !== null && linkSecret.length < 32)
    throw new Error('WATCH_LINK_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)');
  return {
    mail: enquiries.email && from ? { smtpUrl: enquiries.email.smtpUrl, from } : null,
    confirmDays: whole(env, 'WATCH_CONFIRM_DAYS', 3),
    keepMessagesDays: whole(env, 'WATCH_KEEP_MESSAGES_DAYS', 30),
    limits: {
      client: { max: whole(env, 'WATCH_RATE_LIMIT', 5), windowMs },
      email: { max: whole(env, 'WATCH_EMAIL_LIMIT', 3), windowMs },
      // Subscriptions have no phone number: never counted.
      phone: { max: 1, windowMs },
      site: { max: whole(env, 'WATCH_SITE_LIMIT_PER_HOUR', 100), windowMs: 3_600_000 },
    },
    linkSecret,
    retryBaseMs: enquiries.retryBaseMs,
    retryMaxMs: enquiries.retryMaxMs,
    maxAttempts: enquiries.maxAttempts,
    pollMs: enquiries.pollMs,
    deliveryTimeoutMs: enquiries.deliveryTimeoutMs,
  };
}

/** Why subscriptions cannot be offered, or null when they can. */
export type Unavailable = 'no-mail' | 'placeholder-address';

/**
 * Whether the site can take subscriptions: only with SMTP configured (nothing could be sent otherwise) and a real
 * public address (every link in the e-mails would be dead otherwise, lib/site-address.ts).
 */
export function unavailability(config: Pick<WatchConfig, 'mail'>, siteUrl: string): Unavailable | null {
  if (!config.mail) return 'no-mail';
  if (isPlaceholderAddress(siteUrl)) return 'placeholder-address';
  return null;
}
