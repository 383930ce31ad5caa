import { describe, expect, it } from 'vitest';
import { isKnownPath } from './routes';

describe('known paths', () => {
  it('knows every page of the site in both locales', () => {
    for (const path of ['/en', '/zh/', '/en/categories', '/zh/categories/community', '/en/guides/filing-or-licence', '/zh/faq', '/en/glossary', '/en/contact', '/zh/assessment', '/en/assessment/q/hosting', '/zh/assessment/result']) {
      expect(isKnownPath(path), path).toBe(true);
    }
  });

  it('rejects everything else', () => {
    for (const path of ['/', '/fr', '/en/nope', '/en/categories/nope', '/en/categories/community/x', '/en/assessment/q/__proto__', '/en/assessment/q', '/en/guides/toString', '/en/assessment/q/hosting/x']) {
      expect(isKnownPath(path), path).toBe(false);
    }
  });
});
