import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/routing';
import { getFaq } from './data-files';
import { faqJsonLd, loadFaq, plainAnswer } from './faq';

describe('FAQ', () => {
  it('loads every question of each locale with its answer compiled and its guide found', async () => {
    for (const locale of LOCALES) {
      const entries = await loadFaq(locale);
      expect(entries.map((e) => e.item.id)).toEqual(getFaq(locale).map((item) => item.id));
      for (const entry of entries) {
        expect(typeof entry.Answer, entry.item.id).toBe('function');
        expect(entry.guide?.slug, entry.item.id).toBe(entry.item.guide);
      }
    }
  });

  it('gives search engines the answers as plain text', () => {
    expect(plainAnswer('See **the** [guide](/en/guides/x) now')).toBe('See the guide now');
    const data = faqJsonLd([{ id: 'a', question: 'Why?', answer: 'Because [this](/x) is **so**.', guide: 'g' }]);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because this is so.' } }],
    });
  });
});
