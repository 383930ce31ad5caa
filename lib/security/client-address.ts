import { isIP } from 'node:net';

/**
 * The client's address, for rate limits. Next fills `X-Forwarded-For` with the connection's address only
 * when the request has none, so a client could name itself. The proxy therefore moves whatever the client
 * (or a reverse proxy) sent to FORWARDED_CHAIN and removes `X-Forwarded-For`, and Next then sets it to the
 * connection's address, which nobody but the connection can choose (see docs/adr/0005-client-address-from-connection.md).
 */
export const FORWARDED_CHAIN = 'x-icp-forwarded-chain';

/** The proxy's step: the request headers with the forwarded chain moved aside. Mutates and returns `headers`. */
export function hideForwardedFor(headers: Headers): Headers {
  headers.set(FORWARDED_CHAIN, headers.get('x-forwarded-for') ?? '');
  headers.delete('x-forwarded-for');
  return headers;
}

/** The proxy's step for it: sets the chain aside on the request, answers nothing. */
export function moveForwardedFor(request: { headers: Headers }): null {
  hideForwardedFor(request.headers);
  return null;
}

/** One spelling per address: IPv4-mapped IPv6 (::ffff:1.2.3.4) is 1.2.3.4; IPv6 in lower case; ports and brackets dropped. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.toLowerCase().replace(/%.*$/, '');
  const mapped = /^(?:0{0,4}:){0,4}:?(?:0{0,4}:)?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value) ?? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  return isIP(value) ? value : null;
}

/**
 * Who sent the request. `hops` is how many reverse proxies in front of the site the operator trusts
 * (TRUST_PROXY_HOPS, 0 by default): with 0 it is the connection's address; with n it is the n-th address
 * from the right of the chain [X-Forwarded-For as received …, connection], each trusted proxy having
 * appended the address it was connected from. Entries a client made up sit further left, and are never read.
 */
export function clientAddress(headers: { get(name: string): string | null }, hops: number): string {
  // Next's X-Forwarded-For after the proxy's step: the connection's address alone.
  const connection = headers.get('x-forwarded-for')?.split(',').at(-1) ?? '';
  const sent = (headers.get(FORWARDED_CHAIN) ?? '').split(',').map((e) => e.trim());
  const chain = [...sent.filter((e) => e !== ''), connection.trim()];
  const entry = chain[Math.max(0, chain.length - 1 - hops)] ?? '';
  return normaliseAddress(entry) ?? (entry === '' ? 'unknown' : `invalid:${entry.slice(0, 64)}`);
}

/** TRUST_PROXY_HOPS: a whole number from 0 (no reverse proxy; the default) to 10. */
export function trustedHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUST_PROXY_HOPS?.trim();
  if (!raw) return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > 10) throw new Error(`TRUST_PROXY_HOPS must be a whole number from 0 to 10 (got "${raw}")`);
  return Number(raw);
}
