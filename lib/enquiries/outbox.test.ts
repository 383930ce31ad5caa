import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, createOutbox } from './outbox';
import { configuredSenders } from './channels';
import { enquiryConfig } from './config';
import { sampleEnquiry, storeKinds } from './testing/fixtures';
import { startSmtpSink, startWebhookReceiver } from './testing/receivers';
import type { EnquiryStore } from './store/store';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function config(env: Record<string, string>) {
  return enquiryConfig({ ENQUIRY_DB_PATH: ':memory:', ENQUIRY_RETRY_BASE_MS: '1000', ENQUIRY_DELIVERY_TIMEOUT_MS: '300', ...env });
}

describe('backoff', () => {
  it('doubles from the base up to the cap, within ±20%', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(n, 1000, 5000, () => 0.5))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffMs(1, 1000, 5000, () => 0)).toBe(800);
    expect(backoffMs(1, 1000, 5000, () => 1)).toBe(1200);
  });
});

describe.each(storeKinds())('outbox on $name', (kind) => {
  async function setup() {
    const open = await kind.create();
    const stores: EnquiryStore[] = [];
    const openStore = async () => {
      const s = open();
      await s.migrate();
      stores.push(s);
      return s;
    };
    cleanups.push(async () => {
      await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    });
    return openStore;
  }

  it('delivers by e-mail and webhook, signed, with the result link', async () => {
    const openStore = await setup();
    const smtp = await startSmtpSink();
    const hook = await startWebhookReceiver();
    cleanups.push(smtp.close, hook.close);
    const cfg = config({
      ENQUIRY_SMTP_URL: smtp.url,
      ENQUIRY_MAIL_TO: 'desk@consultancy.test',
      ENQUIRY_WEBHOOK_URL: hook.url,
      ENQUIRY_WEBHOOK_SECRET: 's3cret',
    });
    const store = await openStore();
    const { enquiry } = await store.insert(sampleEnquiry(), ['email', 'webhook'], new Date());
    const outbox = createOutbox({ store, senders: configuredSenders(cfg), ...cfg, log: () => undefined });
    expect(await outbox.runOnce()).toBe(2);

    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to).toEqual(['desk@consultancy.test']);
    expect(smtp.messages[0]!.raw).toContain(`Subject: Enquiry ${enquiry.reference} from Li Wei`);
    // The body is quoted-printable: undo soft line breaks and =XX escapes before reading it.
    const body = smtp.messages[0]!.raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    expect(body).toContain(`Assessment result (ruleset 1): ${enquiry.result!.url}`);
    // The outcome lines say exactly what was stored with the enquiry.
    expect(body).toContain('Obligations: icp-filing, psb-filing, app-filing, icp-licence, edi-licence');
    expect(body).toContain('Grey areas: saas-classification');
    expect(body).toContain('Findings: foreign-cap-exceeded, capital-threshold');
    expect(body).toContain('E-mail: li.wei@example.com');
    expect(hook.calls).toHaveLength(1);
    const call = hook.calls[0]!;
    expect(call.json).toMatchObject({
      id: enquiry.id,
      reference: enquiry.reference,
      contact: { name: 'Li Wei' },
      result: {
        rulesetVersion: '1',
        outcomes: {
          obligations: ['icp-filing', 'psb-filing', 'app-filing', 'icp-licence', 'edi-licence'],
          greyAreas: ['saas-classification'],
          findings: ['foreign-cap-exceeded', 'capital-threshold'],
        },
      },
    });
    expect(call.headers['idempotency-key']).toBe(enquiry.id);
    expect(call.headers['x-enquiry-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(call.body).digest('hex')}`);
    expect((await store.deliveries()).every((d) => d.status === 'delivered')).toBe(true);
  });

  it('keeps failed deliveries, and after a restart delivers each once', async () => {
    const openStore = await setup();
    const hook = await startWebhookReceiver({ status: 503 });
    cleanups.push(hook.close);
    const cfg = config({ ENQUIRY_WEBHOOK_URL: hook.url });
    let clock = new Date('2026-11-01T00:00:00Z');
    const now = () => clock;
    const first = await openStore();
    const stored = [];
    for (let i = 0; i < 3; i++) stored.push((await first.insert(sampleEnquiry(), ['webhook'], clock)).enquiry);
    const outbox = createOutbox({ store: first, senders: configuredSenders(cfg), ...cfg, now, random: () => 0.5, log: () => undefined });
    expect(await outbox.runOnce()).toBe(0);
    expect((await first.deliveries()).map((d) => [d.status, d.attempts, d.lastError])).toEqual(
      stored.map(() => ['pending', 1, 'webhook answered 503']),
    );
    // Not due yet: a second run sends nothing and does not hammer the receiver.
    expect(await outbox.runOnce()).toBe(0);
    expect((await first.deliveries()).every((d) => d.attempts === 1)).toBe(true);
    await outbox.stop();
    await first.close();

    // The server restarts; the receiver is back; the retry time has come.
    hook.state.status = 200;
    clock = new Date(clock.getTime() + 1000);
    const second = await openStore();
    const restarted = createOutbox({ store: second, senders: configuredSenders(cfg), ...cfg, now, log: () => undefined });
    expect(await restarted.runOnce()).toBe(3);
    expect(await restarted.runOnce()).toBe(0);
    expect(hook.calls.map((c) => c.json.reference).sort()).toEqual(stored.map((e) => e.reference).sort());
    expect((await second.deliveries()).map((d) => [d.status, d.attempts])).toEqual(stored.map(() => ['delivered', 2]));
  });

  it('gives up on a slow receiver in time, without losing the delivery', async () => {
    const openStore = await setup();
    const hook = await startWebhookReceiver({ delayMs: 2000 });
    cleanups.push(hook.close);
    const cfg = config({ ENQUIRY_WEBHOOK_URL: hook.url, ENQUIRY_MAX_ATTEMPTS: '2' });
    const store = await openStore();
    await store.insert(sampleEnquiry(), ['webhook'], new Date());
    const outbox = createOutbox({ store, senders: configuredSenders(cfg), ...cfg, log: () => undefined });
    const started = Date.now();
    expect(await outbox.runOnce()).toBe(0);
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await store.deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'no answer within 300 ms' });
  });

  it('gives up after the last attempt and says so; retry puts it back', async () => {
    const openStore = await setup();
    const hook = await startWebhookReceiver({ status: 500 });
    cleanups.push(hook.close);
    const cfg = config({ ENQUIRY_WEBHOOK_URL: hook.url, ENQUIRY_MAX_ATTEMPTS: '2', ENQUIRY_RETRY_BASE_MS: '1' });
    const store = await openStore();
    await store.insert(sampleEnquiry(), ['webhook'], new Date());
    const logs: string[] = [];
    const outbox = createOutbox({ store, senders: configuredSenders(cfg), ...cfg, log: (m) => logs.push(m) });
    await outbox.runOnce();
    await new Promise((r) => setTimeout(r, 20));
    await outbox.runOnce();
    expect((await store.deliveries())[0]).toMatchObject({ status: 'failed', attempts: 2 });
    expect(logs.at(-1)).toMatch(/given up/);
    hook.state.status = 200;
    expect(await store.retryFailed(new Date())).toBe(1);
    expect(await outbox.runOnce()).toBe(1);
    expect(hook.calls).toHaveLength(1);
  });

  it('sends each delivery once when two servers run their outboxes together', async () => {
    const openStore = await setup();
    const hook = await startWebhookReceiver({ delayMs: 20 });
    cleanups.push(hook.close);
    const cfg = config({ ENQUIRY_WEBHOOK_URL: hook.url });
    const a = await openStore();
    const b = await openStore();
    for (let i = 0; i < 12; i++) await a.insert(sampleEnquiry(), ['webhook'], new Date());
    const outboxes = [a, b].map((store) => createOutbox({ store, senders: configuredSenders(cfg), ...cfg, log: () => undefined }));
    const [x, y] = await Promise.all(outboxes.map((o) => o.runOnce()));
    expect(x! + y!).toBe(12);
    expect(new Set(hook.calls.map((c) => c.json.id)).size).toBe(12);
    expect(hook.calls).toHaveLength(12);
  });
});
