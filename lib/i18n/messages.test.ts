import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { messageGaps } from './locale-checks';
import { LOCALES } from './routing';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locale messages', () => {
  it('every key exists in every locale', () => {
    expect(messageGaps(LOCALES)).toEqual([]);
    const [first, ...rest] = LOCALES;
    const reference = new Set(keys(MESSAGES[first]));
    for (const locale of rest) expect(new Set(keys(MESSAGES[locale])), `the registered messages of ${locale}`).toEqual(reference);
  });

  it('no message is empty', () => {
    for (const locale of LOCALES) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], MESSAGES[locale]);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty, `empty messages in ${locale}`).toEqual([]);
    }
  });
});
