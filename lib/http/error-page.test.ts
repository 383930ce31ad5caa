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
    for (const problem of [400, 403, 405, 411, 413, 429, 'address'] as const) {
      const html = edgeErrorHtml(problem);
      for (const locale of LOCALES) expect(html).toContain(`href="/${locale}"`);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\{|undefined/);
    }
  });

  it('says of an address no page can have that the link is broken, with the way back into the assessment in every locale', () => {
    const html = edgeErrorHtml('address');
    expect(html).toContain('This address is not valid');
    expect(html).toContain('链接地址无效');
    for (const locale of LOCALES) expect(html).toContain(`href="/${locale}/assessment"`);
    expect(edgeErrorHtml(400)).not.toContain('/assessment"');
  });
});
