// What every response to a fuzz request must satisfy; each broken rule is one line of the report.
import { inlineScriptHashes } from '../lib/security/script-hashes';

export interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** The rules a response breaks: none for a good one. */
export function problems(answer: Answer, origin: string, bodyRead: boolean): string[] {
  const found: string[] = [];
  const { status, headers, body } = answer;
  const html = headers.get('content-type')?.includes('text/html') ?? false;
  if (status >= 500) found.push(`status ${status}`);
  if (status >= 400 && status < 500 && html && bodyRead && !/href="\/(en|zh)[/"?]/.test(body))
    found.push(`${status} page without a link into the site`);
  if (status >= 300 && status < 400) {
    const location = headers.get('location') ?? '';
    if (new URL(location, origin).origin !== origin) found.push(`redirect off the site, to ${location.slice(0, 80)}`);
  }
  if (html) found.push(...policyProblems(headers.get('content-security-policy'), bodyRead ? body : null));
  return found;
}

/** Rules that depend on what was asked: methods, the form page's posts, the security headers. */
export function requestProblems(
  request: { method: string; path: string; headers: Record<string, string>; body?: string },
  answer: Answer,
  origin: string,
): string[] {
  const found: string[] = [];
  const { status, headers } = answer;
  const html = headers.get('content-type')?.includes('text/html') ?? false;
  if ((html || status === 405) && (headers.get('x-content-type-options') !== 'nosniff' || headers.get('x-frame-options') !== 'DENY'))
    found.push(`status ${status} without the security headers`);
  if (status === 405 && !headers.get('allow')) found.push('405 without an Allow header');
  // A redirect (Next normalises a trailing slash before the proxy sees the request) is a proper answer too.
  if (request.method === 'OPTIONS' && status !== 204 && status !== 400 && !(status >= 300 && status < 400))
    found.push(`OPTIONS answered ${status}, not 204`);
  if (['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND'].includes(request.method) && status === 200)
    found.push(`${request.method} answered 200`);
  if (request.method === 'POST' && /^\/(en|zh)\/enquiry(\?|$)/.test(request.path)) {
    const from = request.headers.origin;
    // Foreign as Next judges it: an Origin other than the site's, or one that is not the forwarded host named.
    const forwardedHost = request.headers['x-forwarded-host']?.split(',')[0]?.trim();
    const foreign =
      from !== undefined &&
      (from !== origin || (forwardedHost !== undefined && forwardedHost !== '' && forwardedHost !== new URL(origin).host));
    const bytes = Buffer.byteLength(request.body ?? '');
    if (foreign && status !== 403) found.push(`a post from origin ${JSON.stringify(from)} answered ${status}, not 403`);
    if (!foreign && bytes > 64 * 1024 && status !== 413) found.push(`a post of ${bytes} bytes answered ${status}, not 413`);
  }
  return found;
}

/** An HTML response needs a script policy without 'unsafe-inline' that its own inline scripts satisfy. */
function policyProblems(policy: string | null, body: string | null): string[] {
  if (!policy) return ['HTML without a Content-Security-Policy'];
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values]),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) return ['a policy without script-src or default-src'];
  if (scripts.includes("'unsafe-inline'") || scripts.some((s) => /^(https?:|\*)/.test(s)))
    return [`a weak script policy: ${scripts.join(' ')}`];
  if (body === null) return [];
  const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  const inline = [...body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes),
  );
  if (nonce !== undefined) {
    const wrong = inline.filter(([, attributes = '']) => !attributes.includes(`nonce="${nonce}"`));
    return wrong.length > 0 ? [`${wrong.length} inline scripts without the header's nonce`] : [];
  }
  const allowed = new Set(scripts.map((s) => s.slice(1, -1)));
  const missing = inlineScriptHashes(body).filter((hash) => !allowed.has(hash));
  return missing.length > 0 ? [`${missing.length} inline scripts whose hash the policy lacks`] : [];
}
