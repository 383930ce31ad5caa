import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openSqliteStore } from './store/sqlite';
import { openPostgresStore } from './store/postgres';
import { freshDatabase } from './testing/postgres';
import { openRateCounter } from './rate-counter';
import { createRateLimiter, type RateCounter, type RateLimits } from './rate-limit';
import type { EnquiryConfig } from './config';
import type { EnquiryStore } from './store/store';

type Kind = { name: string; database: () => Promise<EnquiryConfig['database']>; store: (db: EnquiryConfig['database']) => EnquiryStore };
const KINDS: Kind[] = [
  {
    name: 'sqlite',
    database: async () => ({ kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'icp-rate-')), 'enquiries.sqlite') }),
    store: (db) => openSqliteStore((db as { path: string }).path),
  },
];
const server = inject('postgresUrl');
if (server)
  KINDS.push({
    name: 'postgres',
    database: async () => ({ kind: 'postgres', url: await freshDatabase(server, `rate_${process.pid}_${Date.now()}`) }),
    store: (db) => openPostgresStore((db as { url: string }).url),
  });

const SECRET = Buffer.from('a test secret of at least thirty-two characters');
const LIMITS: RateLimits = {
  client: { max: 3, windowMs: 60_000 },
  email: { max: 100, windowMs: 60_000 },
  phone: { max: 100, windowMs: 60_000 },
  site: { max: 100, windowMs: 3_600_000 },
};

describe.each(KINDS)('rate-limit counts in $name', (kind) => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => void (await Promise.all(open.splice(0).map((o) => o.close()))));

  async function setUp() {
    const database = await kind.database();
    const store = kind.store(database);
    open.push(store);
    await store.migrate();
    const counter = async () => {
      const c = await openRateCounter(database);
      open.push(c);
      return c;
    };
    return { counter };
  }

  it('counts atomically per bucket and window, across connections (two servers on one database)', async () => {
    const { counter } = await setUp();
    const [a, b] = [await counter(), await counter()];
    const counts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).increment('client:x', 60_000)));
    expect(counts.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await a.increment('client:y', 60_000)).toBe(1);
    expect(await b.increment('client:x', 120_000)).toBe(1);
  });

  it('shares a limit between two limiters, as between two servers', async () => {
    const { counter } = await setUp();
    const clock = () => 1_000_000;
    const one = createRateLimiter(LIMITS, await counter(), SECRET, clock);
    const two = createRateLimiter(LIMITS, await counter(), SECRET, clock);
    const keys = { client: '203.0.113.9', email: '', phone: '' };
    expect(await one.consume(keys)).toBeNull();
    expect(await two.consume(keys)).toBeNull();
    expect(await one.consume(keys)).toBeNull();
    expect(await two.consume(keys)).toMatchObject({ limit: 'client' });
    expect(await one.consume({ ...keys, client: '198.51.100.7' })).toBeNull();
  });

  it('forgets old windows when pruned', async () => {
    const { counter } = await setUp();
    const c: RateCounter = await counter();
    await c.increment('site:', 0);
    await c.increment('site:', 0);
    await c.prune(1);
    expect(await c.increment('site:', 0)).toBe(1);
  });
});
