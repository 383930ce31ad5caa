import { afterEach, describe, expect, it } from 'vitest';
import { sampleEnquiry, storeKinds } from '../testing/fixtures';
import type { EnquiryStore } from './store';

const T0 = new Date('2026-11-01T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(storeKinds())('enquiry store on $name', (kind) => {
  let open: () => EnquiryStore;
  const opened: EnquiryStore[] = [];
  async function store() {
    open ??= await kind.create();
    const s = open();
    opened.push(s);
    await s.migrate();
    return s;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    open = undefined as unknown as () => EnquiryStore;
  });

  it('migrates once, however often it starts', async () => {
    const s = await store();
    await s.migrate();
    await (await store()).migrate();
    expect(await s.list()).toEqual([]);
  });

  it('stores an enquiry with its result and queues one delivery per channel', async () => {
    const s = await store();
    const input = sampleEnquiry();
    const { enquiry, created } = await s.insert(input, ['email', 'webhook'], T0);
    expect(created).toBe(true);
    expect(enquiry.reference).toMatch(/^E-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(enquiry.createdAt.toISOString()).toBe(T0.toISOString());
    const [stored] = await s.list();
    expect(stored).toMatchObject({ ...input, reference: enquiry.reference });
    expect(stored!.result).toEqual(input.result);
    expect((await s.deliveries()).map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'pending', 0],
      ['webhook', 'pending', 0],
    ]);
    expect(await s.findByReference(enquiry.reference)).toMatchObject({ id: enquiry.id });
  });

  it('keeps an enquiry without a result, and what it stores survives a restart', async () => {
    const s = await store();
    const { enquiry } = await s.insert(sampleEnquiry({ result: null, email: '', wechat: 'liwei_88' }), [], T0);
    await s.close();
    opened.pop();
    const again = await store();
    expect(await again.findByReference(enquiry.reference)).toMatchObject({ result: null, wechat: 'liwei_88' });
  });

  it('stores one enquiry for a repeated key, even when the repeats arrive together', async () => {
    const s = await store();
    const input = sampleEnquiry();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => s.insert(input, ['webhook'], T0)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.enquiry.reference)).size).toBe(1);
    expect(await s.list()).toHaveLength(1);
    expect(await s.deliveries()).toHaveLength(1);
  });

  it('deletes enquiries older than the cut-off, with their deliveries', async () => {
    const s = await store();
    await s.insert(sampleEnquiry(), ['email'], T0);
    const { enquiry: kept } = await s.insert(sampleEnquiry(), ['email'], later(86_400_000));
    expect(await s.deleteOlderThan(later(1000))).toBe(1);
    expect((await s.list()).map((e) => e.id)).toEqual([kept.id]);
    expect((await s.deliveries()).map((d) => d.enquiryId)).toEqual([kept.id]);
    expect((await s.list(later(86_400_000))).map((e) => e.id)).toEqual([kept.id]);
  });

  it('leases due deliveries to one taker until the lease ends', async () => {
    const s = await store();
    const other = await store();
    await s.insert(sampleEnquiry(), ['email', 'webhook'], T0);
    const first = await s.claimDue(T0, later(60_000), 10);
    expect(first.map((c) => [c.delivery.channel, c.delivery.attempts])).toEqual([
      ['email', 1],
      ['webhook', 1],
    ]);
    expect(first[0]!.enquiry.name).toBe('Li Wei');
    expect(await other.claimDue(later(1000), later(61_000), 10)).toEqual([]);
    // The taker died without a word: after the lease the deliveries are due again, the attempt counted.
    const retaken = await other.claimDue(later(60_000), later(120_000), 10);
    expect(retaken.map((c) => c.delivery.attempts)).toEqual([2, 2]);
  });

  it('does not hand one delivery to two takers claiming at the same moment', async () => {
    const a = await store();
    const b = await store();
    for (let i = 0; i < 10; i++) await a.insert(sampleEnquiry(), ['webhook'], T0);
    const [x, y] = await Promise.all([a.claimDue(T0, later(60_000), 6), b.claimDue(T0, later(60_000), 6)]);
    const ids = [...x, ...y].map((c) => c.delivery.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(10);
  });

  it('records failures, retries later, gives up, and can be put back in the queue', async () => {
    const s = await store();
    await s.insert(sampleEnquiry(), ['webhook'], T0);
    const [{ delivery }] = (await s.claimDue(T0, later(60_000), 10)) as unknown as [{ delivery: { id: number } }];
    await s.markFailed(delivery.id, 'webhook answered 500', later(30_000));
    expect(await s.claimDue(later(10_000), later(70_000), 10)).toEqual([]);
    expect((await s.deliveries())[0]).toMatchObject({ status: 'pending', lastError: 'webhook answered 500', attempts: 1 });
    const [retry] = await s.claimDue(later(30_000), later(90_000), 10);
    await s.markFailed(retry!.delivery.id, 'still down', null);
    expect((await s.deliveries())[0]).toMatchObject({ status: 'failed', lastError: 'still down', attempts: 2 });
    expect(await s.claimDue(later(1e9), later(2e9), 10)).toEqual([]);
    expect(await s.retryFailed(later(100_000))).toBe(1);
    const [back] = await s.claimDue(later(100_000), later(160_000), 10);
    await s.markDelivered(back!.delivery.id, later(100_500));
    expect((await s.deliveries())[0]).toMatchObject({ status: 'delivered', lastError: null, deliveredAt: later(100_500) });
  });
});
