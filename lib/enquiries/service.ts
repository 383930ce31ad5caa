import { channelsOf, enquiryConfig, type EnquiryConfig } from './config';
import { configuredSenders } from './channels';
import { createOutbox, type Outbox } from './outbox';
import { createRateLimiter, rateLimitsFromEnv, type RateLimiter } from './rate-limit';
import { openRateCounter } from './rate-counter';
import { formKeyMaxAgeMs, formSecret } from './form-key';
import { trustedHops } from '@/lib/security/client-address';
import { openStore, type EnquiryStore } from './store';
import type { Channel } from './types';

export type EnquiryService = {
  config: EnquiryConfig;
  store: EnquiryStore;
  outbox: Outbox;
  limiter: RateLimiter;
  /** The form keys' secret and lifetime (form-key.ts). */
  formKeys: { secret: Buffer; maxAgeMs: number };
  /** How many reverse proxies' X-Forwarded-For entries to trust (TRUST_PROXY_HOPS). */
  trustedHops: number;
  channels: Channel[];
};

// One per server process: kept on globalThis so every bundle that imports this module shares it.
const KEY = Symbol.for('icp-compass.enquiries');
type Holder = { [KEY]?: Promise<EnquiryService> };

/**
 * The server's enquiry store, outbox and rate limit, opened on first use (and at start-up by
 * instrumentation.ts, so a restart resumes pending deliveries without waiting for a visitor).
 */
export function enquiryService(): Promise<EnquiryService> {
  const holder = globalThis as Holder;
  holder[KEY] ??= start().catch((error: unknown) => {
    // Let the next request try again (the database may come back) instead of caching the failure.
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

async function start(): Promise<EnquiryService> {
  const config = enquiryConfig();
  // Read first, so a malformed setting stops the start-up with its name rather than at the first enquiry.
  const limits = rateLimitsFromEnv();
  const formKeys = { secret: formSecret(), maxAgeMs: formKeyMaxAgeMs() };
  const hops = trustedHops();
  const store = await openStore(config.database);
  const channels = channelsOf(config);
  if (channels.length === 0) {
    console.warn(
      '[enquiries] No delivery channel is configured (ENQUIRY_SMTP_URL, ENQUIRY_WEBHOOK_URL): enquiries are stored only; read them with `npm run enquiries -- list`.',
    );
  }
  const outbox = createOutbox({ store, senders: configuredSenders(config), ...config });
  outbox.start(config.pollMs);
  const limiter = createRateLimiter(limits, await openRateCounter(config.database), formKeys.secret);
  return { config, store, outbox, limiter, formKeys, trustedHops: hops, channels };
}
