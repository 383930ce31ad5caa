import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submitEnquiry, type SubmitRequest } from './submit';
import { createRateLimiter } from './rate-limit';
import { openSqliteStore } from './store/sqlite';
import type { EnquiryStore } from './store/store';
import type { EnquiryInput } from './schema';

const INPUT: EnquiryInput = {
  name: 'Wang Fang',
  company: '',
  email: 'wang@example.com',
  phone: '',
  wechat: '',
  language: 'zh',
  message: 'Do we need an EDI licence?',
  consent: true,
  includeResult: true,
};
const RESULT = {
  url: 'https://icp.example/en/assessment/result?v=1&hosting=mainland',
  rulesetVersion: '1',
  classification: null,
  answers: { hosting: 'mainland' },
};

async function deps(limit = 3) {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  let stored = 0;
  let clock = 0;
  const limiter = createRateLimiter({ max: limit, windowMs: 60_000 }, () => clock);
  return {
    store,
    limiter,
    channels: ['webhook'] as const,
    onStored: () => void stored++,
    stored: () => stored,
    advance: (ms: number) => void (clock += ms),
  };
}
const request = (over: Partial<SubmitRequest> = {}): SubmitRequest => ({
  locale: 'en',
  input: INPUT,
  idempotencyKey: randomUUID(),
  honeypot: '',
  result: RESULT,
  client: '203.0.113.9',
  ...over,
});

describe('submitting an enquiry', () => {
  it('stores it with the result, queues its delivery and starts the outbox', async () => {
    const d = await deps();
    const outcome = await submitEnquiry(request(), d);
    expect(outcome).toMatchObject({ kind: 'stored', created: true });
    const [row] = await d.store.list();
    expect(row).toMatchObject({ name: 'Wang Fang', preferredLanguage: 'zh', locale: 'en', result: RESULT });
    expect((await d.store.deliveries()).map((x) => x.channel)).toEqual(['webhook']);
    expect(d.stored()).toBe(1);
  });

  it('leaves the result out when the visitor unticks it', async () => {
    const d = await deps();
    await submitEnquiry(request({ input: { ...INPUT, includeResult: false } }), d);
    expect((await d.store.list())[0]!.result).toBeNull();
  });

  it('answers a repeated submission with the first reference, stores one and delivers one', async () => {
    const d = await deps();
    const key = randomUUID();
    const first = await submitEnquiry(request({ idempotencyKey: key }), d);
    const second = await submitEnquiry(request({ idempotencyKey: key }), d);
    expect(second).toEqual({ ...first, created: false });
    expect(await d.store.list()).toHaveLength(1);
    expect(d.stored()).toBe(1);
  });

  it('refuses invalid values with a message key per field, before touching the store', async () => {
    const d = await deps();
    await d.store.close();
    const outcome = await submitEnquiry(request({ input: { ...INPUT, email: '', consent: false } }), d);
    expect(outcome).toEqual({ kind: 'invalid', errors: { contact: 'contactRequired', consent: 'consentRequired' } });
  });

  it('refuses a form without a valid one-time key as stale', async () => {
    const d = await deps();
    expect(await submitEnquiry(request({ idempotencyKey: '' }), d)).toEqual({ kind: 'invalid', errors: { contact: 'staleForm' } });
    expect(await d.store.list()).toHaveLength(0);
  });

  it('refuses what fills the honeypot, and stores nothing', async () => {
    const d = await deps();
    expect(await submitEnquiry(request({ honeypot: 'http://spam.example' }), d)).toEqual({ kind: 'spam' });
    expect(await d.store.list()).toHaveLength(0);
  });

  it('limits enquiries per client and window, leaving other clients and retries alone', async () => {
    const d = await deps(2);
    const firstKey = randomUUID();
    expect((await submitEnquiry(request({ idempotencyKey: firstKey }), d)).kind).toBe('stored');
    expect((await submitEnquiry(request(), d)).kind).toBe('stored');
    expect(await submitEnquiry(request(), d)).toEqual({ kind: 'rate-limited', retryAfterMinutes: 1 });
    // A retry of an enquiry already stored still gets its confirmation.
    expect(await submitEnquiry(request({ idempotencyKey: firstKey }), d)).toMatchObject({ kind: 'stored', created: false });
    expect((await submitEnquiry(request({ client: '198.51.100.7' }), d)).kind).toBe('stored');
    d.advance(60_000);
    expect((await submitEnquiry(request(), d)).kind).toBe('stored');
    expect(await d.store.list()).toHaveLength(4);
  });

  it('says the store is unavailable instead of claiming success when it fails', async () => {
    const d = await deps();
    const broken: EnquiryStore = { ...d.store, insert: async () => Promise.reject(new Error('disk full')) };
    expect(await submitEnquiry(request(), { ...d, store: broken })).toEqual({ kind: 'unavailable' });
  });
});
