import { createHmac } from 'node:crypto';
import { getSite } from '@/lib/content/site';
import { enquiryConfig } from '@/lib/enquiries/config';
import { formKeyMaxAgeMs, formSecret } from '@/lib/enquiries/form-key';
import { createOutbox } from '@/lib/enquiries/outbox';
import { createRateLimiter, type RateCounter, type RateLimiter } from '@/lib/enquiries/rate-limit';
import { openRateCounter } from '@/lib/enquiries/rate-counter';
import { enquiryService } from '@/lib/enquiries/service';
import type { EnquiryStore, SqlRunner } from '@/lib/enquiries/store/store';
import { cachedSecret } from '@/lib/inbox/store';
import type { Locale } from '@/lib/i18n/routing';
import { unavailability, watchConfig, type Unavailable, type WatchConfig } from './config';
import { housekeeping } from './housekeeping';
import { watchQueue, type WatchMessage } from './queue';
import { watchSender } from './sender';

/** Everything the subscriptions need: the store, the link secret, the limits, the outbox and the site's details. */
export type Watch = {
  config: WatchConfig;
  sql: SqlRunner;
  /** Signs links (links.ts) and names addresses. */
  secret: Buffer;
  limiter: RateLimiter;
  /** The form keys' secret and lifetime: the enquiry form's rules (lib/enquiries/form-key.ts). */
  formKeys: { secret: Buffer; maxAgeMs: number };
  outbox: { runOnce(): Promise<number>; start(pollMs: number): void; stop(): Promise<void> };
  siteUrl: string;
  siteName(locale: Locale): string;
  /** Why the site cannot take subscriptions now, or null. */
  unavailable: Unavailable | null;
};

/**
 * A result page stays in Next's cache for up to a day (its `revalidate`), with the form key it was rendered with:
 * a key is accepted for the enquiry form's lifetime plus that day.
 */
export const CACHED_PAGE_MS = 86_400_000;

/** The subscriptions' part of a store: for the server (watchService) and for the command (cli.ts). */
export async function openWatch(
  store: EnquiryStore,
  env: Record<string, string | undefined> = process.env,
  /** For tests: counts in memory, and another public address than the site's. */
  options: { counter?: RateCounter; siteUrl?: string } = {},
): Promise<Watch> {
  const config = watchConfig(env);
  const site = { ...getSite(), ...(options.siteUrl && { siteUrl: options.siteUrl }) };
  const secret = Buffer.from(config.linkSecret ?? (await cachedSecret(store.sql, 'watch-links')), 'utf8');
  // Its own buckets, named under the links' secret (the same on every server sharing the store): a subscription is not
  // counted against the enquiry form's limits, nor the reverse.
  const limiterSecret = createHmac('sha256', secret).update('watch rate limits').digest();
  const limiter = createRateLimiter(config.limits, options.counter ?? (await openRateCounter(enquiryConfig(env).database)), limiterSecret);
  const siteName = (locale: Locale) => site.name[locale];
  const send = config.mail ? watchSender(config.mail, config.deliveryTimeoutMs, new URL(site.siteUrl).hostname) : null;
  const outbox = createOutbox<WatchMessage>({
    store: watchQueue(store.sql, store.kind),
    senders: send ? { email: (message) => send(message, siteName(message.locale)) } : {},
    ...config,
    log: (message) => console.warn(`[watch] ${message}`),
    gaveUpHint: '`npm run watch -- deliveries`',
  });
  return {
    config,
    sql: store.sql,
    secret,
    limiter,
    // Read when a form is checked (the command never does, and so never warns about the form secret).
    get formKeys() {
      return { secret: formSecret(env), maxAgeMs: formKeyMaxAgeMs(env) + CACHED_PAGE_MS };
    },
    outbox,
    siteUrl: site.siteUrl,
    siteName,
    unavailable: unavailability(config, site.siteUrl),
  };
}

const KEY = Symbol.for('icp-compass.watch');
type Holder = { [KEY]?: Promise<Watch> };

/**
 * The server's subscriptions, on the enquiry store, opened on first use (and at start-up by instrumentation.ts, so
 * messages left pending by a restart are sent without waiting for a visitor). One per process, on globalThis.
 */
export function watchService(): Promise<Watch> {
  const holder = globalThis as Holder;
  holder[KEY] ??= (async () => {
    const watch = await openWatch((await enquiryService()).store);
    if (watch.unavailable)
      console.warn(
        `[watch] E-mail alerts are off (${watch.unavailable === 'no-mail' ? 'ENQUIRY_SMTP_URL is not set' : 'the site address is a placeholder'}): result pages say so.`,
      );
    else watch.outbox.start(watch.config.pollMs);
    const tidy = () =>
      void housekeeping(watch).catch((error: unknown) =>
        console.error('[watch] housekeeping failed:', error instanceof Error ? error.message : error),
      );
    tidy();
    setInterval(tidy, 3_600_000).unref();
    return watch;
  })().catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}
