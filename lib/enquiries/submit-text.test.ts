import { afterEach, describe, expect, it } from 'vitest';
import { submitEnquiry } from './submit';
import { createMemoryCounter, createRateLimiter } from './rate-limit';
import { issueFormKey } from './form-key';
import type { EnquiryStore } from './store/store';
import type { EnquiryInput } from './schema';
import { storeKinds } from './testing/fixtures';

const SECRET = Buffer.from('a test secret of at least thirty-two characters');
const NOW = Date.parse('2026-11-02T02:00:00Z');
const INPUT: EnquiryInput = {
  name: 'Wang Fang',
  company: 'Example Ltd',
  email: 'wang@example.com',
  phone: '+86 138 0000 0000',
  wechat: 'wangfang_88',
  language: 'zh',
  message: 'Do we need an EDI licence?',
  consent: true,
  includeResult: false,
};

describe.each(storeKinds())('control characters in an enquiry on $name', { timeout: 60_000 }, (kind) => {
  const opened: EnquiryStore[] = [];
  afterEach(async () => Promise.all(opened.splice(0).map((s) => s.close())));

  it('refuses NUL in any field with a message naming it, before the store or the rate limit is touched', async () => {
    const store = (await kind.create())();
    opened.push(store);
    await store.migrate();
    // One enquiry a window: a refused form must not spend it.
    const limiter = createRateLimiter(
      {
        client: { max: 1, windowMs: 3_600_000 },
        email: { max: 1, windowMs: 3_600_000 },
        phone: { max: 1, windowMs: 3_600_000 },
        site: { max: 1, windowMs: 3_600_000 },
      },
      createMemoryCounter(),
      SECRET,
      () => NOW,
    );
    const deps = { store, limiter, channels: [] as const, formKeys: { secret: SECRET, maxAgeMs: 86_400_000 }, now: () => new Date(NOW) };
    const send = (input: EnquiryInput) =>
      submitEnquiry(
        { locale: 'en', input, idempotencyKey: issueFormKey(NOW, SECRET), honeypot: '', result: null, client: '203.0.113.1' },
        deps,
      );
    for (const field of ['name', 'company', 'email', 'phone', 'wechat', 'message'] as const) {
      const value = field === 'email' ? 'wang\u0000@example.com' : `${INPUT[field]}\u0000`;
      expect(await send({ ...INPUT, [field]: value }), field).toEqual({ kind: 'invalid', errors: { [`${field}`]: `${field}Control` } });
    }
    expect(await store.list()).toEqual([]);
    // A name with a line break is put on one line and stored; the message keeps its lines.
    const stored = await send({ ...INPUT, name: 'Wang\r\nFang', message: 'Line one\r\nLine two' });
    expect(stored.kind).toBe('stored');
    const [enquiry] = await store.list();
    expect(enquiry).toMatchObject({ name: 'Wang Fang', message: 'Line one\nLine two' });
  });
});
