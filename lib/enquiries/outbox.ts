import type { Channel, Delivery, StoredEnquiry } from './types';

/**
 * Where the outbox takes its work from: the enquiry store's deliveries, or another durable queue of the same shape
 * (the result subscriptions' messages, lib/watch/queue.ts). Each claimed delivery comes with the item it sends.
 */
export interface OutboxQueue<T extends { reference: string }> {
  claimDue(
    now: Date,
    leaseUntil: Date,
    limit: number,
  ): Promise<Array<{ delivery: Pick<Delivery, 'id' | 'channel' | 'attempts'>; enquiry: T }>>;
  markDelivered(deliveryId: number, now: Date): Promise<void>;
  markFailed(deliveryId: number, error: string, retryAt: Date | null): Promise<void>;
}

export type OutboxOptions<T extends { reference: string } = StoredEnquiry> = {
  store: OutboxQueue<T>;
  senders: Partial<Record<Channel, (item: T, signal: AbortSignal) => Promise<void>>>;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  deliveryTimeoutMs: number;
  /** Clock and jitter, replaceable in tests. */
  now?: () => Date;
  random?: () => number;
  log?: (message: string) => void;
  /** Where a delivery given up on can be seen (the log says so). */
  gaveUpHint?: string;
};

/** Delay before attempt `attempt + 1`: doubling from the base, capped, with ±20% jitter so retries spread out. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exact = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exact * (0.8 + 0.4 * random()));
}

/**
 * The outbox: sends stored enquiries to the operator's channels. Deliveries live in the store, so a failure,
 * a slow receiver or a restart never loses one; `runOnce` is what the timer and a new enquiry both call.
 */
export function createOutbox<T extends { reference: string } = StoredEnquiry>(options: OutboxOptions<T>) {
  const { store, senders, retryBaseMs, retryMaxMs, maxAttempts, deliveryTimeoutMs } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const log = options.log ?? ((message: string) => console.warn(`[enquiries] ${message}`));
  const gaveUpHint = options.gaveUpHint ?? '`npm run enquiries -- deliveries`';
  let running: Promise<number> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const start = now();
      // The lease outlives one attempt, so no other process takes a delivery that is still being sent.
      const claimed = await store.claimDue(start, new Date(start.getTime() + deliveryTimeoutMs * 2 + 5_000), 10);
      if (claimed.length === 0) return delivered;
      await Promise.all(
        claimed.map(async ({ delivery, enquiry }) => {
          const send = senders[delivery.channel];
          try {
            if (!send) throw new Error(`channel ${delivery.channel} is not configured on this server`);
            await withTimeout((signal) => send(enquiry, signal), deliveryTimeoutMs);
            await store.markDelivered(delivery.id, now());
            delivered++;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const giveUp = delivery.attempts >= maxAttempts;
            const retryAt = giveUp ? null : new Date(now().getTime() + backoffMs(delivery.attempts, retryBaseMs, retryMaxMs, random));
            await store.markFailed(delivery.id, reason.slice(0, 500), retryAt);
            log(
              `${delivery.channel} delivery of ${enquiry.reference} failed (attempt ${delivery.attempts}): ${reason}${giveUp ? `; given up, see ${gaveUpHint}` : ''}`,
            );
          }
        }),
      );
    }
  }

  /** Sends what is due now; concurrent calls share one run, and a call during a run schedules another. */
  function runOnce(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await deliverDue().catch((error: unknown) => {
          log(`outbox run failed: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        });
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    runOnce,
    /** Polls every `pollMs` until stopped; the timer does not keep the process alive. */
    start(pollMs: number) {
      if (timer) return;
      void runOnce();
      timer = setInterval(() => void runOnce(), pollMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox<StoredEnquiry>>;

async function withTimeout(work: (signal: AbortSignal) => Promise<void>, ms: number): Promise<void> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
  });
  try {
    await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
