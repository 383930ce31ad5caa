import { describe, expect, it } from 'vitest';
import { checkFormKey, formSecret, issueFormKey } from './form-key';

const SECRET = Buffer.from('a test secret of at least thirty-two characters');
const T = Date.parse('2026-11-01T10:00:00Z');
const DAY = 86_400_000;

describe('form keys', () => {
  it('are unique, fit the idempotency column and check as valid on any server with the secret', () => {
    const keys = new Set(Array.from({ length: 200 }, () => issueFormKey(T, SECRET)));
    expect(keys.size).toBe(200);
    for (const key of keys) {
      expect(key.length).toBeLessThanOrEqual(64);
      expect(checkFormKey(key, T + 1000, DAY, Buffer.from(SECRET))).toBe('valid');
    }
  });

  it('refuse what another secret signed, a changed time or random part, and made-up strings', () => {
    const key = issueFormKey(T, SECRET);
    const [time, nonce, sig] = key.split('.') as [string, string, string];
    expect(checkFormKey(issueFormKey(T, Buffer.from('x'.repeat(32))), T, DAY, SECRET)).toBe('forged');
    expect(checkFormKey(`${(parseInt(time, 36) + 1).toString(36)}.${nonce}.${sig}`, T, DAY, SECRET)).toBe('forged');
    expect(checkFormKey(`${time}.${nonce.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${sig}`, T, DAY, SECRET)).toBe('forged');
    for (const made of ['', '0123456789abcdef', 'a'.repeat(64), `${key}x`, key.replaceAll('.', '-')])
      expect(checkFormKey(made, T, DAY, SECRET)).toBe('forged');
  });

  it('expire after the maximum age, and are not accepted from the future', () => {
    expect(checkFormKey(issueFormKey(T, SECRET), T + DAY + 1000, DAY, SECRET)).toBe('expired');
    expect(checkFormKey(issueFormKey(T + 5 * 60_000, SECRET), T, DAY, SECRET)).toBe('expired');
  });

  it('take the secret from ENQUIRY_FORM_SECRET, refusing a short one', () => {
    expect(formSecret({ ENQUIRY_FORM_SECRET: 's'.repeat(40) }).toString()).toBe('s'.repeat(40));
    expect(() => formSecret({ ENQUIRY_FORM_SECRET: 'short' })).toThrow(/at least 32/);
  });
});
