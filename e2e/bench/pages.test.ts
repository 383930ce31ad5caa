import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PAGES, lighthousePages } from './pages';

describe('lighthousePages (the bench option --pages)', () => {
  it('measures the issue list when the option is absent', () => {
    expect(lighthousePages(undefined)).toEqual([...LIGHTHOUSE_PAGES]);
  });

  it('takes the named page types in the order given', () => {
    expect(lighthousePages('category,home')).toEqual(['category', 'home']);
    expect(lighthousePages(' faq , glossary')).toEqual(['faq', 'glossary']);
  });

  it('refuses an unknown or repeated page, naming the ones there are', () => {
    expect(() => lighthousePages('home,nope')).toThrow(/not "nope"/);
    expect(() => lighthousePages('home,nope')).toThrow(/home, categories, category/);
    expect(() => lighthousePages('home,home')).toThrow(/names home twice/);
    expect(() => lighthousePages('')).toThrow(/not ""/);
  });
});
