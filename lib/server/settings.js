// @ts-check
// The server's memory and render settings, in one place: the heap cap `npm start` gives Node, the size of Next's page
// cache within it (next.config.js reads it), and the render gate's limits (server.ts reads them). Plain JavaScript,
// so next.config.js can import it without a build step. Each is an environment variable with a default; a value that is
// not a whole number in range keeps the default (docs/operations.md, "Memory and renders").

/**
 * The V8 heap cap, in MB, that `npm start` passes to Node (`--max-old-space-size`). A flag Node reads at launch, so it
 * cannot come from this module at run time: the start script spells it, and a test keeps the two equal. Everything
 * below is sized to leave room within it for the renders.
 */
export const HEAP_CAP_MB = 192;

/** The defaults, for the tests and the docs. */
export const DEFAULTS = Object.freeze({
  /**
   * Next's in-memory page cache, in MB by Next's own count: a result's HTML plus its payload (about 300-450 KB), held
   * as a JavaScript string, up to twice that in the heap. A third of the heap cap: about 150-200 results.
   */
  nextCacheMb: Math.floor(HEAP_CAP_MB / 3),
  /** Renders of addresses a visitor chooses (new results, answers, comparisons, the assessment API) at once. */
  renderConcurrency: 1,
  /** Requests waiting for a render slot, all clients together; one more gets 429. */
  renderQueueLimit: 200,
  /** Slots and queue places one client may hold at once; one more from it gets 429, whatever the queue holds. */
  renderPerClient: 3,
  /** Addresses remembered as cached by Next, which skip the gate. Below what the page cache holds. */
  renderWarmLimit: 100,
});

/**
 * @typedef {object} ServerSettings
 * @property {number} heapCapMb the heap cap the settings assume (HEAP_CAP_MB)
 * @property {number} nextCacheBytes Next's `cacheMaxMemorySize` (NEXT_CACHE_MB)
 * @property {{ concurrency: number; queueLimit: number; perClient: number; warmLimit: number }} gate the render gate's
 *   limits (RENDER_CONCURRENCY, RENDER_QUEUE_LIMIT, RENDER_PER_CLIENT, RENDER_WARM_LIMIT)
 */

/**
 * The settings from the environment.
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @returns {ServerSettings}
 */
export function serverSettings(env = process.env) {
  /** @param {string} name @param {number} fallback @param {number} min */
  const read = (name, fallback, min) => {
    const raw = env[name]?.trim();
    const value = raw ? Number(raw) : NaN;
    return Number.isInteger(value) && value >= min && value <= 100_000 ? value : fallback;
  };
  return {
    heapCapMb: HEAP_CAP_MB,
    nextCacheBytes: read('NEXT_CACHE_MB', DEFAULTS.nextCacheMb, 0) * 1024 * 1024,
    gate: {
      concurrency: read('RENDER_CONCURRENCY', DEFAULTS.renderConcurrency, 1),
      queueLimit: read('RENDER_QUEUE_LIMIT', DEFAULTS.renderQueueLimit, 0),
      perClient: read('RENDER_PER_CLIENT', DEFAULTS.renderPerClient, 1),
      warmLimit: read('RENDER_WARM_LIMIT', DEFAULTS.renderWarmLimit, 0),
    },
  };
}
