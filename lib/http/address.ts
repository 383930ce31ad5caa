import { edgeErrorResponse } from './error-page';
import { MAX_URL_LENGTH, type Step } from './reading';
import { CSP } from './respond';

/** Drops the CSP request header, which only the proxy may set (it carries a page's nonce to Next): no step reads a client's. */
export const dropPrivateHeaders: Step = (request) => {
  request.headers.delete(CSP);
  return null;
};

/**
 * Addresses no page can have: a path that does not percent-decode (Next answers it with a bare 500, even after a
 * rewrite), a URL over MAX_URL_LENGTH, and /_next/ names the matcher did not pass as the framework's own files.
 */
export const refuseBadAddress: Step = (request) => {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) return edgeErrorResponse(400, {}, request.method, 'address');
  if (request.url.length > MAX_URL_LENGTH) return edgeErrorResponse(414, {}, request.method, 'address');
  if (pathname.startsWith('/_next/')) return edgeErrorResponse(404, {}, request.method, 'address');
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
