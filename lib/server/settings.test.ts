import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, HEAP_CAP_MB, serverSettings } from './settings';

describe('server settings', () => {
  it('reads each setting from the environment, keeping the default for a value that is not a whole number in range', () => {
    expect(serverSettings({})).toEqual({
      heapCapMb: HEAP_CAP_MB,
      nextCacheBytes: DEFAULTS.nextCacheMb * 1024 * 1024,
      gate: { concurrency: 1, queueLimit: 200, perClient: 3, warmLimit: 100 },
    });
    const set = serverSettings({
      NEXT_CACHE_MB: '32',
      RENDER_CONCURRENCY: '3',
      RENDER_QUEUE_LIMIT: '0',
      RENDER_PER_CLIENT: '2',
      RENDER_WARM_LIMIT: '50',
    });
    expect(set.nextCacheBytes).toBe(32 * 1024 * 1024);
    expect(set.gate).toEqual({ concurrency: 3, queueLimit: 0, perClient: 2, warmLimit: 50 });
    const bad = serverSettings({
      NEXT_CACHE_MB: '-1',
      RENDER_CONCURRENCY: '0',
      RENDER_QUEUE_LIMIT: 'many',
      RENDER_PER_CLIENT: '1.5',
      RENDER_WARM_LIMIT: '',
    });
    expect(bad).toEqual(serverSettings({}));
  });

  it('sizes the page cache within the heap cap that `npm start` gives Node', () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(start).toContain(`--max-old-space-size=${HEAP_CAP_MB} `);
    expect(DEFAULTS.nextCacheMb).toBeLessThanOrEqual(HEAP_CAP_MB / 2);
  });
});
