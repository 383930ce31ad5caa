import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { submitEnquiry, type SubmitRequest } from './submit';
import { createMemoryCounter, createRateLimiter, type RateLimits } from './rate-limit';
import { issueFormKey } from './form-key';
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

const SECRET = Buffer.from('a test secret of at least thirty-two characters');
const HOUR = 3_600_000;
// One clock for the limiter, the form keys and the store, moved on by `advance`.
let clock = Date.parse('2026-11-01T10:00:00Z');

async function deps(limit = 3, over: Partial<RateLimits> = {}) {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  let stored = 0;
  const limits: RateLimits = {
    client: { max: limit, windowMs: 60_000 },
    email: { max: 100, windowMs: 60_000 },
    phone: { max: 100, windowMs: 60_000 },
    site: { max: 1000, windowMs: HOUR },
    ...over,
  };
  const limiter = createRateLimiter(limits, createMemoryCounter(), SECRET, () => clock);
  return {
    store,
    limiter,
    formKeys: { secret: SECRET, maxAgeMs: 24 * HOUR },
    now: () => new Date(clock),
    channels: ['webhook'] as const,
    onStored: () => void stored++,
    stored: () => stored,
    advance: (ms: number) => void (clock += ms),
  };
}
const key = () => issueFormKey(clock, SECRET);
const request = (over: Partial<SubmitRequest> = {}): SubmitRequest => ({
  locale: 'en',
  input: INPUT,
  idempotencyKey: key(),
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
    const once = key();
    const first = await submitEnquiry(request({ idempotencyKey: once }), d);
    const second = await submitEnquiry(request({ idempotencyKey: once }), d);
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

  it('refuses a form without a key this server issued, or with an expired one, as stale', async () => {
    const d = await deps();
    const stale = { kind: 'invalid', errors: { contact: 'staleForm' } };
    const forged = issueFormKey(clock, Buffer.from('another secret, not the server one!!'));
    const tampered = key().replace(/^[0-9a-z]+/, (t) => (parseInt(t, 36) + 1).toString(36));
    for (const idempotencyKey of ['', randomUUID(), 'x'.repeat(40), forged, tampered])
      expect(await submitEnquiry(request({ idempotencyKey }), d)).toEqual(stale);
    const old = key();
    d.advance(25 * HOUR);
    expect(await submitEnquiry(request({ idempotencyKey: old }), d)).toEqual(stale);
    expect(await d.store.list()).toHaveLength(0);
    expect((await submitEnquiry(request(), d)).kind).toBe('stored');
  });

  it('refuses what fills the honeypot, and stores nothing', async () => {
    const d = await deps();
    expect(await submitEnquiry(request({ honeypot: 'http://spam.example' }), d)).toEqual({ kind: 'spam' });
    expect(await d.store.list()).toHaveLength(0);
  });

  it('limits enquiries per client and window, leaving other clients and retries alone', async () => {
    const d = await deps(2);
    const firstKey = key();
    expect((await submitEnquiry(request({ idempotencyKey: firstKey }), d)).kind).toBe('stored');
    expect((await submitEnquiry(request(), d)).kind).toBe('stored');
    expect(await submitEnquiry(request(), d)).toEqual({ kind: 'rate-limited', limit: 'client', retryAfterMinutes: 1 });
    // A retry of an enquiry already stored still gets its confirmation.
    expect(await submitEnquiry(request({ idempotencyKey: firstKey }), d)).toMatchObject({ kind: 'stored', created: false });
    expect((await submitEnquiry(request({ client: '198.51.100.7' }), d)).kind).toBe('stored');
    d.advance(60_000);
    expect((await submitEnquiry(request(), d)).kind).toBe('stored');
    expect(await d.store.list()).toHaveLength(4);
  });

  it('limits enquiries per e-mail and per phone number, however the client address changes', async () => {
    const d = await deps(100, { email: { max: 2, windowMs: 60_000 }, phone: { max: 1, windowMs: 60_000 } });
    const from = (n: number, input: Partial<EnquiryInput>) => request({ client: `198.51.100.${n}`, input: { ...INPUT, ...input } });
    expect((await submitEnquiry(from(1, {}), d)).kind).toBe('stored');
    expect((await submitEnquiry(from(2, { email: ' WANG@example.com ' }), d)).kind).toBe('stored');
    expect(await submitEnquiry(from(3, {}), d)).toMatchObject({ kind: 'rate-limited', limit: 'email' });
    const phone = { email: 'other@example.com', phone: '+86 138 0000 0000' };
    expect((await submitEnquiry(from(4, phone), d)).kind).toBe('stored');
    expect(await submitEnquiry(from(5, { ...phone, email: 'third@example.com', phone: '+8613800000000' }), d)).toMatchObject({
      kind: 'rate-limited',
      limit: 'phone',
    });
    expect(await d.store.list()).toHaveLength(3);
  });

  it('stops at a site-wide ceiling per hour, which a refused client does not use up', async () => {
    const d = await deps(1, { site: { max: 2, windowMs: HOUR } });
    const from = (n: number) => request({ client: `192.0.2.${n}`, input: { ...INPUT, email: `v${n}@example.com` } });
    expect((await submitEnquiry(from(1), d)).kind).toBe('stored');
    for (let i = 0; i < 5; i++) expect(await submitEnquiry(from(1), d)).toMatchObject({ limit: 'client' });
    expect((await submitEnquiry(from(2), d)).kind).toBe('stored');
    expect(await submitEnquiry(from(3), d)).toMatchObject({ kind: 'rate-limited', limit: 'site' });
    d.advance(HOUR);
    expect((await submitEnquiry(from(4), d)).kind).toBe('stored');
  });

  it('says the store is unavailable instead of claiming success when it fails', async () => {
    const d = await deps();
    const broken: EnquiryStore = { ...d.store, insert: async () => Promise.reject(new Error('disk full')) };
    expect(await submitEnquiry(request(), { ...d, store: broken })).toEqual({ kind: 'unavailable' });
  });
});
