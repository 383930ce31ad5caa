import { NextResponse, type NextRequest } from 'next/server';
import { cachedPagePolicy, requestPolicy, staticPagePolicy } from '@/lib/security/page-policy';
import { intl } from './outside-locales';
import type { RequestReading } from './reading';
import { CSP, isRead, withPolicy } from './respond';

/**
 * The page's Content-Security-Policy: the hashes of a statically generated page's inline scripts; for a page Next
 * caches by its address (a result), a nonce derived from that address, so every visitor gets the nonce its cached
 * HTML carries; otherwise a fresh nonce. A POST makes Next render even a static page afresh, so it gets a nonce.
 */
export function policyFor(request: NextRequest, { page }: RequestReading): { policy: string; nonce?: string } {
  if (!isRead(request)) return requestPolicy();
  const { pathname } = request.nextUrl;
  if (page?.cachedByAddress) return cachedPagePolicy(pathname);
  const hashes = staticPagePolicy(pathname);
  return hashes ? { policy: hashes } : requestPolicy();
}

/**
 * Lets Next render (or serve) the page, with the status the page cannot set itself. A nonce reaches Next through
 * the request's CSP header, which it reads to mark its own scripts (any the client sent was dropped first).
 */
export function render(request: NextRequest, reading: RequestReading, status?: 400 | 404): NextResponse {
  const { policy, nonce } = policyFor(request, reading);
  if (nonce) request.headers.set(CSP, policy);
  return withPolicy(status ? NextResponse.next({ status, request: { headers: request.headers } }) : intl(request), policy);
}
