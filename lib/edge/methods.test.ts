import { describe, expect, it } from 'vitest';
import { allowedMethods, methodAnswer } from './methods';
import { localeRest, refuseRequest } from './request-guard';

const req = (method: string, pathname: string, headers: Record<string, string> = {}) => ({
  method,
  nextUrl: { pathname },
  headers: new Headers(headers),
});

describe('methods', () => {
  it('lets pages be read, and only the form page be posted to', () => {
    for (const method of ['GET', 'HEAD', 'get']) expect(methodAnswer(method, '/faq')).toBeNull();
    expect(methodAnswer('POST', '/enquiry')).toBeNull();
    expect(methodAnswer('POST', '/enquiry/')).toBeNull();
    expect(methodAnswer('POST', '/faq')).toEqual({ status: 405, allow: 'GET, HEAD, OPTIONS' });
    expect(methodAnswer('POST', null)).toEqual({ status: 405, allow: 'GET, HEAD, OPTIONS' });
  });

  it('answers other methods with 405 and OPTIONS with 204, both naming what is allowed', () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE'])
      expect(methodAnswer(method, '/enquiry')).toEqual({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' });
    expect(methodAnswer('OPTIONS', '')).toEqual({ status: 204, allow: 'GET, HEAD, OPTIONS' });
    expect(allowedMethods('/enquiry')).toContain('POST');
  });

  it('finds the path after the locale', () => {
    expect(localeRest('/en')).toBe('');
    expect(localeRest('/zh/enquiry')).toBe('/enquiry');
    expect(localeRest('/fr/enquiry')).toBeNull();
    expect(localeRest('/')).toBeNull();
  });
});

describe('the proxy step', () => {
  it('answers a refused method with the error page, Allow and the security headers', async () => {
    const response = refuseRequest(req('DELETE', '/en/faq'))!;
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toMatch(/href="\/en"/);
  });

  it('answers OPTIONS with 204 and no body', async () => {
    const response = refuseRequest(req('OPTIONS', '/zh/enquiry'))!;
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect(await response.text()).toBe('');
  });

  it('passes reads and good posts, refuses foreign and oversized posts', () => {
    expect(refuseRequest(req('GET', '/en/faq'))).toBeNull();
    const post = { host: 'icp.example', origin: 'https://icp.example', 'content-length': '2000' };
    expect(refuseRequest(req('POST', '/en/enquiry', post))).toBeNull();
    expect(refuseRequest(req('POST', '/en/enquiry', { ...post, origin: 'https://evil.example' }))?.status).toBe(403);
    expect(refuseRequest(req('POST', '/en/enquiry', { ...post, 'content-length': String(2 * 1024 * 1024) }))?.status).toBe(413);
  });
});
