import { describe, expect, it } from 'vitest';
import { clientAddress, FORWARDED_CHAIN, hideForwardedFor, normaliseAddress, trustedHops } from './client-address';

/** The headers a server action sees: the proxy's step on what the client sent, then Next's X-Forwarded-For (the connection). */
function seen(sent: Record<string, string>, connection: string): Headers {
  const headers = hideForwardedFor(new Headers(sent));
  if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', connection);
  return headers;
}

describe('the client address', () => {
  it('is the connection by default, whatever X-Forwarded-For the client sends', () => {
    const headers = seen({ 'x-forwarded-for': '1.1.1.1, 2.2.2.2', [FORWARDED_CHAIN]: '9.9.9.9' }, '203.0.113.9');
    expect(clientAddress(headers, 0)).toBe('203.0.113.9');
    expect(clientAddress(seen({ 'x-forwarded-for': '' }, '::ffff:203.0.113.9'), 0)).toBe('203.0.113.9');
  });

  it('is the hops-th entry from the right behind trusted proxies, never an entry further left', () => {
    // Client 198.51.100.7 wrote "1.1.1.1"; nginx (10.0.0.2, the connection) appended the client's real address.
    const one = seen({ 'x-forwarded-for': '1.1.1.1, 198.51.100.7' }, '10.0.0.2');
    expect(clientAddress(one, 1)).toBe('198.51.100.7');
    const two = seen({ 'x-forwarded-for': '1.1.1.1, 198.51.100.7, 10.0.0.3' }, '10.0.0.2');
    expect(clientAddress(two, 2)).toBe('198.51.100.7');
    // Fewer entries than hops: the leftmost there is.
    expect(clientAddress(seen({}, '10.0.0.2'), 3)).toBe('10.0.0.2');
  });

  it('spells one address one way', () => {
    expect(normaliseAddress('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(normaliseAddress('::FFFF:1.2.3.4')).toBe('1.2.3.4');
    expect(normaliseAddress('0:0:0:0:0:ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(normaliseAddress('1.2.3.4:5678')).toBe('1.2.3.4');
    expect(normaliseAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normaliseAddress('unknown')).toBeNull();
    // Empty entries are skipped, not one shared "unknown" client.
    expect(clientAddress(seen({ 'x-forwarded-for': '198.51.100.7, , ' }, '10.0.0.2'), 1)).toBe('198.51.100.7');
  });

  it('reads TRUST_PROXY_HOPS, 0 when unset', () => {
    expect(trustedHops({})).toBe(0);
    expect(trustedHops({ TRUST_PROXY_HOPS: '1' })).toBe(1);
    expect(() => trustedHops({ TRUST_PROXY_HOPS: 'yes' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
