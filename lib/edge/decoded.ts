import type { DecodeResult } from '@/lib/assessment/codec';

/** The request header in which the proxy hands a page the answers it read from the query (see readAssessmentQuery). */
export const DECODED_HEADER = 'x-icp-decoded';

/** Hands the decoded query on to the page, so a request reads its answers once. */
export function handOverDecoded(headers: Headers, decoded: DecodeResult): void {
  headers.set(DECODED_HEADER, encodeURIComponent(JSON.stringify(decoded)));
}

/** The decoded query the proxy handed over, or null when there is none (the proxy strips any a client sends). */
export function decodedFrom(headers: Pick<Headers, 'get'>): DecodeResult | null {
  const value = headers.get(DECODED_HEADER);
  if (!value) return null;
  try {
    return JSON.parse(decodeURIComponent(value)) as DecodeResult;
  } catch {
    return null;
  }
}
