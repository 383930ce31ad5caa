import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en/common.json';
import zh from '@/lib/i18n/messages/zh/common.json';
import { changelog, CHANGELOG_ITEMS } from './changelog';
import { RULESETS } from './rulesets';

const lookup = (messages: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);

describe('changelog', () => {
  it('has an entry for every ruleset version, newest first, each with an anchor and copy in every locale', () => {
    const entries = changelog();
    expect(entries.map((e) => e.version)).toEqual(RULESETS.map((r) => r.version).reverse());
    expect(entries[0]?.current).toBe(true);
    expect(entries.map((e) => e.anchor)).toEqual(entries.map((e) => `v${e.version}`));
    expect(Object.keys(CHANGELOG_ITEMS).sort()).toEqual(RULESETS.map((r) => r.version).sort());
    for (const e of entries) {
      expect(e.items.length, e.version).toBeGreaterThan(0);
      expect(e.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const key of e.items) for (const m of [en, zh]) expect(typeof lookup(m, key), key).toBe('string');
    }
  });
});
