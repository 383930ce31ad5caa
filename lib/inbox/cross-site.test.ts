import { describe, expect, it } from 'vitest';
import { isCrossSiteInboxWrite } from './cross-site';

const h = (init: Record<string, string>) => new Headers({ host: 'icp.example', ...init });

describe('cross-site writes to the inbox', () => {
  it('refuses a POST to an inbox page from another origin, or marked cross-site, or from an opaque origin', () => {
    expect(isCrossSiteInboxWrite('POST', '/en/inbox/enquiry', h({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteInboxWrite('POST', '/zh/inbox', h({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteInboxWrite('POST', '/en/inbox/sign-in', h({ origin: 'null' }))).toBe(true);
    expect(isCrossSiteInboxWrite('POST', '/en/inbox', h({ origin: 'https://icp.example.evil.example' }))).toBe(true);
  });

  it('lets the site’s own forms, reads and other pages through', () => {
    expect(isCrossSiteInboxWrite('POST', '/en/inbox/enquiry', h({ origin: 'https://icp.example', 'sec-fetch-site': 'same-origin' }))).toBe(
      false,
    );
    expect(isCrossSiteInboxWrite('POST', '/en/inbox', h({ origin: 'https://proxy.example', 'x-forwarded-host': 'proxy.example' }))).toBe(
      false,
    );
    expect(isCrossSiteInboxWrite('GET', '/en/inbox', h({ origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteInboxWrite('POST', '/en/enquiry', h({ origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteInboxWrite('POST', '/en/inboxes', h({ origin: 'https://evil.example' }))).toBe(false);
  });
});
