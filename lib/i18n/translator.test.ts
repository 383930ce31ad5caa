import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';
import { LOCALES } from './routing';
import { getTranslations, type Translator } from './translator';

/** Every key of a locale's messages that names a text, with the text. */
function texts(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

// intl-messageformat's element types (its TYPE enum): what a value of each argument must be.
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
}

/** Sets of values for a message: each plural with 0, 1 and 3, each select with each of its options, dates fixed. */
function valueSets(text: string, locale: string): Record<string, unknown>[] {
  const args = new Map<string, unknown[]>();
  const visit = (elements: Element[]) => {
    for (const e of elements) {
      if (e.type === ARGUMENT) args.set(e.value!, ['Acme <b>&"', 'x']);
      else if (e.type === NUMBER || e.type === PLURAL) args.set(e.value!, [0, 1, 3, 1234.5]);
      else if (e.type === DATE || e.type === TIME) args.set(e.value!, [new Date(Date.UTC(2026, 11, 1, 20, 30))]);
      else if (e.type === SELECT) args.set(e.value!, Object.keys(e.options!));
      for (const option of Object.values(e.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(text, locale).getAst() as unknown as Element[]);
  const sets: Record<string, unknown>[] = [{}];
  const width = Math.max(1, ...[...args.values()].map((v) => v.length));
  for (let i = 1; i < width; i++) sets.push({});
  for (const [name, values] of args) sets.forEach((set, i) => (set[name] = values[i % values.length]));
  return sets;
}

describe('getTranslations', () => {
  it('formats as a translator of its own would, in every locale, and again from its kept formatters', async () => {
    for (const locale of LOCALES) {
      const messages = loadMessages(locale) as AbstractIntlMessages;
      const fresh = createTranslator({ locale, messages, timeZone: 'Asia/Shanghai' }) as unknown as Translator;
      for (let round = 0; round < 2; round++) {
        const t = await getTranslations({ locale });
        for (const count of [1, 3]) expect(t('explore.whatIf.more', { count })).toBe(fresh('explore.whatIf.more', { count }));
        expect(t('result.rulesVersion', { version: '2' })).toBe(fresh('result.rulesVersion', { version: '2' }));
        expect(t('result.rulesVersion', { version: '2' })).toContain('2');
        const scoped = await getTranslations({ locale, namespace: 'explore.whatIf' });
        expect(scoped('more', { count: 3 })).toBe(fresh('explore.whatIf.more', { count: 3 }));
      }
    }
    expect((await getTranslations({ locale: 'en' }))('explore.whatIf.more', { count: 1 })).toBe('1 more change');
  });

  it('gives every message, with and without values, what a fresh next-intl translator gives, on every call', async () => {
    let formatted = 0;
    for (const locale of LOCALES) {
      const messages = loadMessages(locale) as AbstractIntlMessages;
      const fresh = () => createTranslator({ locale, messages, timeZone: 'Asia/Shanghai' }) as unknown as Translator;
      const entries = texts(messages);
      expect(entries.length).toBeGreaterThan(500);
      for (let round = 0; round < 2; round++) {
        const t = await getTranslations({ locale });
        for (const [key, text] of entries) {
          const sets = valueSets(text, locale).filter((values) => Object.keys(values).length > 0);
          if (sets.length === 0) expect(t(key as never)).toBe(fresh()(key as never));
          for (const values of sets) {
            expect(t(key as never, values as never)).toBe(fresh()(key as never, values as never));
            formatted++;
          }
        }
      }
      // A namespace's translators: the same texts under their short keys (which repeat from one namespace to another).
      const namespaces = Object.entries(messages).filter(([, v]) => typeof v === 'object');
      expect(namespaces.length).toBeGreaterThan(3);
      for (const [namespace, node] of namespaces) {
        const scoped = await getTranslations({ locale, namespace });
        for (const [key, text] of texts(node))
          if (!text.includes('{')) expect(scoped(key as never)).toBe(fresh()(`${namespace}.${key}` as never));
      }
    }
    expect(formatted).toBeGreaterThan(100);
  });

  it('answers a call with formats of its own as next-intl does, and still reports a missing message', async () => {
    const t = await getTranslations({ locale: 'en' });
    const fresh = createTranslator({ locale: 'en', messages: loadMessages('en') as AbstractIntlMessages, timeZone: 'Asia/Shanghai' });
    // Formats of a call apply only to a format a message names itself; no message names one, and ICU's own styles
    // ignore them (`dates.long` is "{date, date, long}"), so this shows the call is answered as next-intl answers it,
    // not which memo answered it.
    const date = new Date(Date.UTC(2026, 11, 1, 12));
    const formats = { dateTime: { long: { year: 'numeric' } } } as const;
    expect(t('dates.long' as never, { date } as never, formats as never)).toBe(
      (fresh as unknown as Translator)('dates.long' as never, { date } as never, formats as never),
    );
    expect(t('dates.long' as never, { date } as never)).toBe('December 1, 2026');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => errors.push(e);
    try {
      expect(t('no.such.key' as never)).toBe('no.such.key');
      expect(t('no.such.key' as never)).toBe('no.such.key');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(2);
  });
});
