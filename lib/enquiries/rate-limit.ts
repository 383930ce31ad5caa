/**
 * Counts enquiries per client in a fixed window, in memory. Each web server keeps its own count, so with
 * several servers a client may send up to `max` to each; that still stops a flood from one address.
 */
export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();

  function current(client: string) {
    const t = now();
    const entry = windows.get(client);
    if (!entry || t - entry.start >= windowMs) return { start: t, count: 0 };
    return entry;
  }

  return {
    /** Minutes until this client may send again, or 0 when it may send now. */
    retryAfterMinutes(client: string): number {
      const entry = current(client);
      return entry.count < max ? 0 : Math.max(1, Math.ceil((entry.start + windowMs - now()) / 60_000));
    },
    /** Counts one enquiry from this client. */
    record(client: string) {
      const entry = current(client);
      windows.set(client, { start: entry.start, count: entry.count + 1 });
      // Forget finished windows now and then, so the map stays as small as the set of recent clients.
      if (windows.size > 10_000) for (const [key, value] of windows) if (now() - value.start >= windowMs) windows.delete(key);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
