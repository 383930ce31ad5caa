import { describe, expect, it } from 'vitest';
import { getSite } from '@/lib/content/site';
import { contactPageView } from './contact-page';

describe('contact page view', () => {
  it('shows a result link of this site back and carries it to the enquiry form', () => {
    const path = '/en/assessment/result?hosting=mainland&v=1';
    const view = contactPageView('en', path);
    expect(view.result).toEqual({ path, url: `${getSite().siteUrl}${path}` });
    expect(view.query).toBe(`result=${encodeURIComponent(path)}`);
    expect(view.enquiryHref).toBe(`/en/enquiry?result=${encodeURIComponent(path)}`);
  });

  it('ignores anything else in `result`', () => {
    for (const value of [undefined, 'https://evil.example/en/assessment/result?x=1', ['/en/assessment/result?v=1'], '/en/contact']) {
      expect(contactPageView('zh', value)).toEqual({ result: null, query: undefined, enquiryHref: '/zh/enquiry' });
    }
  });
});
