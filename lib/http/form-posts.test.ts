import { describe, expect, it } from 'vitest';
import { bodyToRead, formPostRefusal, MAX_FORM_BYTES, unreadableBody } from './form-posts';

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

describe('a body Next could not read', () => {
  const post = (type: string, body: string, action?: string) =>
    new Request('http://site.test/en/enquiry', {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(action ? { 'next-action': action } : {}) },
    });
  const part = '--XYZ\r\ncontent-disposition: form-data; name="message"\r\n\r\nhello';
  const ACTION = '60566e8ce92377d7cc10ebf7bdc4b602bdbb608a48';

  it('is a multipart form cut short, or an action call whose body is not an array of arguments', async () => {
    expect(await unreadableBody(post('multipart/form-data; boundary=XYZ', part))).toBe(true);
    for (const body of ['[{', 'garbage', '', '{"a":1}'])
      expect(await unreadableBody(post('text/plain;charset=UTF-8', body, ACTION)), body).toBe(true);
  });

  it('is not a whole form, nor an action call a browser sends, and is read only for posts Next parses', async () => {
    expect(await unreadableBody(post('multipart/form-data; boundary=XYZ', `${part}\r\n--XYZ--\r\n`))).toBe(false);
    expect(await unreadableBody(post('text/plain;charset=UTF-8', '[{"status":"idle"},"$K1"]', ACTION))).toBe(false);
    expect(await unreadableBody(post('application/x-www-form-urlencoded', 'a=1', ACTION))).toBe(false);
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(bodyToRead('POST', headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(true);
    expect(bodyToRead('POST', headers({ 'next-action': ACTION, 'content-type': 'text/plain' }))).toBe(true);
    expect(bodyToRead('POST', headers({ 'content-type': 'application/x-www-form-urlencoded' }))).toBe(false);
    expect(bodyToRead('GET', headers({ 'content-type': 'multipart/form-data; boundary=x' }))).toBe(false);
  });
});
