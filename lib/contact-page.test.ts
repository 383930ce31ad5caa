import { describe, expect, it } from 'vitest';
import { getSite } from '@/lib/content/site';
import { contactPageView } from './contact-page';

describe('contact page view', () => {
  it('shows a result link of this site back and carries it to the enquiry form', () => {
    const path = '/en/result/1-r0006001n5p';
    const view = contactPageView('en', path);
    // A long link of the first release is carried as its short link.
    const long =
      'activities=none&foreign-share=none&forms=website&hosting=mainland&operator=mainland-company&revenue=none&sectors=none&v=1';
    expect(contactPageView('en', `/zh/assessment/result?${long}`).result?.path).toBe(path);
    expect(view.result).toEqual({ path, url: `${getSite().siteUrl}${path}` });
    expect(view.query).toBe(`result=${encodeURIComponent(path)}`);
    expect(view.enquiryHref).toBe(`/en/enquiry?result=${encodeURIComponent(path)}`);
  });

  it('ignores anything else in `result`', () => {
    for (const value of [
      undefined,
      'https://evil.example/en/result/1-r0006001n5p',
      ['/en/result/1-r0006001n5p'],
      '/en/contact',
      '/en/result/1-zzzz',
      '/en/assessment/result?hosting=mainland&v=1',
    ]) {
      expect(contactPageView('zh', value)).toEqual({ result: null, query: undefined, enquiryHref: '/zh/enquiry' });
    }
  });
});
