import type { NextRequest } from 'next/server';
import { addressErrorPage, PRIVATE_REQUEST_HEADERS, type Step } from './respond';

// Result links are under 60 characters and long question links a few hundred: anything this long is mangled.
export const MAX_URL_LENGTH = 4096;

/** Drops the request headers only the proxy may set, so no step and no page ever reads a client's own. */
export function dropPrivateHeaders(request: NextRequest): null {
  for (const name of PRIVATE_REQUEST_HEADERS) request.headers.delete(name);
  return null;
}

/**
 * Addresses no page can have: a path that does not percent-decode (Next answers it with a bare 500, even after a
 * rewrite), a URL over MAX_URL_LENGTH, and /_next/ names the matcher did not pass as the framework's own files.
 */
export const refuseBadAddress: Step = (request) => {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) return addressErrorPage(400);
  if (request.url.length > MAX_URL_LENGTH) return addressErrorPage(414);
  if (pathname.startsWith('/_next/')) return addressErrorPage(404);
  return null;
};

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
