import { channelsOf, enquiryConfig, type EnquiryConfig } from './config';
import { configuredSenders } from './channels';
import { createOutbox, type Outbox } from './outbox';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { openStore, type EnquiryStore } from './store';
import type { Channel } from './types';

export type EnquiryService = { config: EnquiryConfig; store: EnquiryStore; outbox: Outbox; limiter: RateLimiter; channels: Channel[] };

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
  const store = await openStore(config.database);
  const channels = channelsOf(config);
  if (channels.length === 0) {
    console.warn(
      '[enquiries] No delivery channel is configured (ENQUIRY_SMTP_URL, ENQUIRY_WEBHOOK_URL): enquiries are stored only; read them with `npm run enquiries -- list`.',
    );
  }
  const outbox = createOutbox({ store, senders: configuredSenders(config), ...config });
  outbox.start(config.pollMs);
  return { config, store, outbox, limiter: createRateLimiter(config.rateLimit), channels };
}
