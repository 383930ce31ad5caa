import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';
import { LOCALES } from './routing';
import { getTranslations, type Translator } from './translator';

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
});
