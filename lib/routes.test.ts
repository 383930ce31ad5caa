import { describe, expect, it } from 'vitest';
import { isKnownPath, isRootFile } from './routes';

describe('known paths', () => {
  it('knows every page of the site in both locales', () => {
    for (const path of [
      '/en',
      '/zh/',
      '/en/categories',
      '/zh/categories/community',
      '/en/guides/filing-or-licence',
      '/zh/faq',
      '/en/glossary',
      '/en/contact',
      '/zh/assessment',
      '/en/assessment/q/hosting',
      '/zh/assessment/result',
      '/en/about',
      '/zh/inbox',
      '/en/inbox/sign-in',
      '/zh/inbox/enquiry',
      '/en/inbox/dashboard',
      '/en/inbox/export',
    ]) {
      expect(isKnownPath(path), path).toBe(true);
    }
  });

  it('rejects everything else', () => {
    for (const path of [
      '/',
      '/fr',
      '/en/nope',
      '/en/categories/nope',
      '/en/categories/community/x',
      '/en/assessment/q/__proto__',
      '/en/assessment/q',
      '/en/guides/toString',
      '/en/assessment/q/hosting/x',
    ]) {
      expect(isKnownPath(path), path).toBe(false);
    }
  });
});

describe('files outside the locales', () => {
  it('are the robots file, the sitemap and the icon, nothing else', () => {
    for (const path of ['/robots.txt', '/sitemap.xml', '/icon.svg']) expect(isRootFile(path), path).toBe(true);
    for (const path of ['/favicon.ico', '/x.txt', '/en.txt', '/robots.txt/x', '/.env']) expect(isRootFile(path), path).toBe(false);
  });
});
