import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config.js';
import { LOCALES } from '@/lib/i18n/routing';
import { edgeErrorHtml, SECURITY_HEADERS } from './error-page';

describe('the edge error page', () => {
  it('carries the same security headers as next.config.js gives every response', async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === '/:path*' && !r.has)!.headers;
    expect(Object.fromEntries(all.map((h) => [h.key, h.value]))).toEqual(SECURITY_HEADERS);
  });

  it('explains the refusal in every locale, with a link home, and runs nothing', () => {
    for (const status of [403, 405, 411, 413] as const) {
      const html = edgeErrorHtml(status);
      for (const locale of LOCALES) expect(html).toContain(`href="/${locale}"`);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\{|undefined/);
    }
  });
});
