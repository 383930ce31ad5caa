import { describe, expect, it } from 'vitest';
import { addressKey, readToken, signToken, watchLink } from './links';

const secret = Buffer.from('a link secret of at least thirty-two characters');
const other = Buffer.from('another secret, also thirty-two characters long');
const id = '2dfff1e2-7fa2-4b79-8c03-f65c230846c4';

describe('signed links', () => {
  it('read back only for the purpose and under the secret they were signed with', () => {
    const token = signToken(secret, 'confirm', { kind: 'subscription', id });
    expect(readToken(secret, 'confirm', token)).toEqual({ kind: 'subscription', id });
    expect(readToken(secret, 'unsubscribe', token)).toBeNull();
    expect(readToken(other, 'confirm', token)).toBeNull();
    const key = addressKey(secret, 'li@example.com');
    expect(readToken(secret, 'manage', signToken(secret, 'manage', { kind: 'address', key }))).toEqual({ kind: 'address', key });
  });

  it('refuse anything changed or made up', () => {
    const token = signToken(secret, 'unsubscribe', { kind: 'subscription', id });
    const [tag, , signature] = token.split('.');
    expect(readToken(secret, 'unsubscribe', `${tag}.${id.replace('2', '3')}.${signature}`)).toBeNull();
    expect(readToken(secret, 'unsubscribe', `a.${signature}.${signature}`)).toBeNull();
    for (const bad of ['', 'x', `${token}x`, token.toUpperCase(), `s.not-a-uuid.${signature}`, null, 42, ['x']])
      expect(readToken(secret, 'unsubscribe', bad)).toBeNull();
  });

  it('name an address by an HMAC of it, one spelling per address', () => {
    expect(addressKey(secret, ' Li@Example.com ')).toBe(addressKey(secret, 'li@example.com'));
    expect(addressKey(secret, 'li@example.com')).not.toContain('li');
    expect(addressKey(other, 'li@example.com')).not.toBe(addressKey(secret, 'li@example.com'));
  });

  it('open the page of their purpose in the subscriber’s language', () => {
    expect(watchLink('https://compass.test', 'zh', 'oneClick', 's.x.y')).toBe('https://compass.test/zh/watch/one-click?t=s.x.y');
  });
});
