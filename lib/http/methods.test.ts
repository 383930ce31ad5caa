import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { allowedMethods, methodAnswer, refuseRequest } from './methods';
import { readRequest, splitLocale } from './reading';
import { pageFor } from '@/lib/pages';

const page = (sitePath: string) => pageFor('en', sitePath);

function refuse(method: string, path: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(new URL(path, 'http://icp.example'), { method, headers });
  return refuseRequest(request, readRequest(request.nextUrl));
}

describe('methods', () => {
  it('lets pages be read, and only the form pages be posted to', () => {
    for (const method of ['GET', 'HEAD', 'get']) expect(methodAnswer(method, page('/faq'))).toBeNull();
    expect(methodAnswer('POST', page('/enquiry'))).toBeNull();
    expect(methodAnswer('POST', page('/faq'))).toEqual({ status: 405, allow: 'GET, HEAD, OPTIONS' });
    expect(methodAnswer('POST', null)).toEqual({ status: 405, allow: 'GET, HEAD, OPTIONS' });
  });

  it('answers other methods with 405 and OPTIONS with 204, both naming what is allowed', () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'TRACE'])
      expect(methodAnswer(method, page('/enquiry'))).toEqual({ status: 405, allow: 'GET, HEAD, POST, OPTIONS' });
    expect(methodAnswer('OPTIONS', page(''))).toEqual({ status: 204, allow: 'GET, HEAD, OPTIONS' });
    expect(allowedMethods(page('/enquiry'))).toContain('POST');
  });

  it('finds the locale and the path after it', () => {
    expect(splitLocale('/en')).toEqual({ locale: 'en', sitePath: '' });
    expect(splitLocale('/zh/enquiry/')).toEqual({ locale: 'zh', sitePath: '/enquiry' });
    expect(splitLocale('/fr/enquiry')).toBeNull();
    expect(splitLocale('/')).toBeNull();
  });
});

describe('the proxy step', () => {
  it('answers a refused method with the error page, Allow and the security headers', async () => {
    const response = refuse('DELETE', '/en/faq')!;
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toMatch(/href="\/en"/);
  });

  it('answers OPTIONS with 204 and no body', async () => {
    const response = refuse('OPTIONS', '/zh/enquiry/')!;
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect(await response.text()).toBe('');
  });

  it('passes reads and good posts, refuses foreign and oversized posts', () => {
    expect(refuse('GET', '/en/faq')).toBeNull();
    const post = { host: 'icp.example', origin: 'http://icp.example', 'content-length': '2000' };
    expect(refuse('POST', '/en/enquiry', post)).toBeNull();
    expect(refuse('POST', '/en/enquiry', { ...post, origin: 'https://evil.example' })?.status).toBe(403);
    expect(refuse('POST', '/en/enquiry', { ...post, 'content-length': String(2 * 1024 * 1024) })?.status).toBe(413);
  });
});
