import { describe, expect, it } from 'vitest';
import { formPostRefusal, MAX_FORM_BYTES } from './form-posts';

const post = (headers: Record<string, string>) => formPostRefusal('POST', new Headers(headers));
const HOST = { host: 'icp.example:3000', 'content-length': '1200' };

describe('form posts', () => {
  it('lets same-origin posts and posts without an Origin through (as Next does)', () => {
    expect(post({ ...HOST, origin: 'http://icp.example:3000' })).toBeNull();
    expect(post(HOST)).toBeNull();
    expect(post({ ...HOST, 'x-forwarded-host': 'www.icp.example, proxy.internal', origin: 'https://www.icp.example' })).toBeNull();
    expect(formPostRefusal('GET', new Headers({ origin: 'https://evil.example' }))).toBeNull();
  });

  it('refuses another origin, "null" and an unreadable Origin with 403', () => {
    for (const origin of ['https://evil.example', 'http://icp.example:3001', 'null', 'not a url', ''])
      expect(post({ ...HOST, origin })).toEqual({ status: 403, reason: 'cross-origin' });
    expect(post({ ...HOST, 'x-forwarded-host': 'www.icp.example', origin: 'http://icp.example:3000' })?.status).toBe(403);
  });

  it('refuses a multipart body without its boundary with 400: Next cannot parse it', () => {
    const headers = (type: string) => new Headers({ 'content-type': type, 'content-length': '10' });
    expect(formPostRefusal('POST', headers('multipart/form-data'))).toEqual({ status: 400, reason: 'malformed-form' });
    expect(formPostRefusal('POST', headers('multipart/form-data; boundary=----x'))).toBeNull();
  });

  it('refuses a post the browser says is cross-site, whatever its Origin', () => {
    expect(formPostRefusal('POST', new Headers({ 'sec-fetch-site': 'cross-site', 'content-length': '10' }))?.status).toBe(403);
    expect(formPostRefusal('POST', new Headers({ 'sec-fetch-site': 'same-origin', 'content-length': '10' }))).toBeNull();
  });

  it('refuses a body over the limit, or of unreadable length, with 413, and one of unknown length with 411', () => {
    expect(post({ ...HOST, 'content-length': String(MAX_FORM_BYTES) })).toBeNull();
    expect(post({ ...HOST, 'content-length': String(MAX_FORM_BYTES + 1) })?.status).toBe(413);
    expect(post({ ...HOST, 'content-length': '-1' })?.status).toBe(413);
    expect(post({ host: HOST.host, 'transfer-encoding': 'chunked' })?.status).toBe(411);
  });
});
