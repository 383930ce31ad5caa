import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locale messages', () => {
  it('every key exists in every locale', () => {
    const en = new Set(keys(MESSAGES.en));
    const zh = new Set(keys(MESSAGES.zh));
    expect(
      [...en].filter((k) => !zh.has(k)),
      'keys missing in zh',
    ).toEqual([]);
    expect(
      [...zh].filter((k) => !en.has(k)),
      'keys missing in en',
    ).toEqual([]);
  });

  it('no message is empty', () => {
    for (const locale of ['en', 'zh'] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], MESSAGES[locale]);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty, `empty messages in ${locale}`).toEqual([]);
    }
  });
});
