import { readRequest } from '@/lib/http/reading';

/** The JSON of a result works out its plan and ways forward like its page does. */
const ASSESSMENT_API = /^\/api\/assessment(?:\/|$)/;

/**
 * Whether this request would render whatever its address holds, which a client can choose freely (a result, a
 * question page's answers, a comparison, the assessment API): the requests that take turns at the render gate
 * (lib/server/render-gate.ts). Not: any other method, any page the page table does not mark `gated`, and an address
 * the proxy answers without a render: a redirect to its canonical address, or its "not a valid address" page. It is
 * the proxy's own reading of the address (readRequest), so the two agree.
 */
export function wouldRender(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  let address: URL;
  try {
    address = new URL(url, 'http://localhost');
  } catch {
    return false;
  }
  if (ASSESSMENT_API.test(address.pathname)) return true;
  const { page, address: assessment } = readRequest(address);
  return Boolean(page?.gated) && assessment?.kind !== 'redirect' && assessment?.kind !== 'not-found';
}
