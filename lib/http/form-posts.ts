// Checks on a POST before Next reads its body: Next's server-action handler answers an oversized body and a foreign
// Origin with a 500 (it throws), so they are refused here with their status: 411 without a length, 413 above the
// limit, 403 from another origin. The enquiry form is a few KB; 64 KiB leaves room for multipart and long Chinese text.
export const MAX_FORM_BYTES = 64 * 1024;

export type FormPostRefusal = {
  status: 400 | 403 | 411 | 413;
  reason: 'cross-origin' | 'length-required' | 'too-large' | 'malformed-form';
};

type HeaderSource = { get(name: string): string | null };

/**
 * Why a POST is refused, or null to let it through. The origin rule is Next's own (the Origin's host must be
 * the first X-Forwarded-Host entry, or else the Host), so nothing Next would run is refused, and what Next
 * would refuse with a 500 is refused here; a request without Origin (not a browser) is left to Next, as it is.
 */
export function formPostRefusal(method: string, headers: HeaderSource, maxBytes = MAX_FORM_BYTES): FormPostRefusal | null {
  if (method.toUpperCase() !== 'POST') return null;
  const origin = headers.get('origin');
  // A browser that says the post comes from another site is believed, whatever Origin says.
  if (headers.get('sec-fetch-site') === 'cross-site') return { status: 403, reason: 'cross-origin' };
  if (origin !== null && !sameOrigin(origin, headers)) return { status: 403, reason: 'cross-origin' };
  const length = headers.get('content-length');
  // A declared length bounds what Next reads; without one (chunked) the size is unknown, and browsers always send one.
  if (length === null) return headers.get('transfer-encoding') !== null ? { status: 411, reason: 'length-required' } : null;
  const bytes = Number(length);
  if (!/^\d+$/.test(length.trim()) || bytes > maxBytes) return { status: 413, reason: 'too-large' };
  // A multipart body without its boundary cannot be read: Next's form parser throws (a 500) on it.
  const type = headers.get('content-type') ?? '';
  if (/^\s*multipart\/form-data/i.test(type) && !/;\s*boundary=[^;\s]+/i.test(type)) return { status: 400, reason: 'malformed-form' };
  return null;
}

function sameOrigin(origin: string, headers: HeaderSource): boolean {
  let host: string;
  try {
    // "null" (a sandboxed frame) and any other unparseable value are foreign.
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return host !== '' && host === (forwarded || headers.get('host'));
}

/** A POST whose body Next's server-action handler parses: a multipart form, or a call that names an action. */
export function bodyToRead(method: string, headers: HeaderSource): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  return /^\s*multipart\/form-data/i.test(headers.get('content-type') ?? '') || headers.get('next-action') !== null;
}

/**
 * Whether a POST's body is one Next's server-action handler cannot read, which it answers with a 500 and a stack
 * trace (its parsers throw before any page code runs): a multipart form cut short, or an action's call whose body is
 * not the JSON array of arguments a browser sends. Reads a copy, after formPostRefusal bounded its size; Next keeps
 * the body for the page.
 */
export async function unreadableBody(request: Request): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (/^\s*multipart\/form-data/i.test(type)) await request.clone().formData();
    else if (request.headers.get('next-action') !== null && !/^\s*application\/x-www-form-urlencoded/i.test(type))
      return !Array.isArray(JSON.parse(await request.clone().text()));
    return false;
  } catch {
    return true;
  }
}
