import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './dates';
import { LANGUAGE_TAGS, LOCALES } from './routing';

describe('formatIsoDate', () => {
  it('writes a calendar date in each locale as a new formatter would, the same day in every time zone', () => {
    for (const locale of LOCALES)
      for (const iso of ['2026-12-02', '2024-02-29', '2021-01-01']) {
        const expected = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${iso}T00:00:00Z`),
        );
        expect(formatIsoDate(locale, iso)).toBe(expected);
        expect(formatIsoDate(locale, iso)).toBe(expected); // and again, from memory
      }
    expect(formatIsoDate('zh', '2026-12-02')).toBe('2026年12月2日');
    expect(formatIsoDate('en', '2026-12-02')).toContain('December');
  });
});
