import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { getSource } from './sources';
import { compactSourceFacts, formatSourceDate, sourceFactLines, translationView, type SourceTranslate } from './source-view';

/** A translator over the real `categories` messages, with {placeholders} filled in. */
function translator(locale: Locale): SourceTranslate {
  const messages = MESSAGES[locale].categories as unknown as Record<string, unknown>;
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
    if (typeof text !== 'string') throw new Error(`no message categories.${key}`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  };
}

describe('a source as the reader sees it', () => {
  it('writes a date only as precisely as it is known', () => {
    expect(formatSourceDate('en', '2024-04-17')).toBe('April 17, 2024');
    expect(formatSourceDate('en', '2024-09')).toBe('September 2024');
    expect(formatSourceDate('en', '2024')).toBe('2024');
    expect(formatSourceDate('zh', '2024-09')).toBe('2024年9月');
    expect(formatSourceDate('zh', '2024')).toBe('2024年');
  });

  it('says how sure an address is, in words, in both languages', () => {
    const order292 = getSource('order-292')!;
    expect(sourceFactLines(order292, 'en', translator('en'))).toContain('Address as cited by one source; not opened by us');
    expect(sourceFactLines(order292, 'zh', translator('zh'))).toContain('网址据单一来源引用，本站未直接打开');
    expect(sourceFactLines(getSource('pilot-2024')!, 'en', translator('en'))).toContain('Address confirmed');
    expect(compactSourceFacts(getSource('public-account-provisions')!, 'en', translator('en'))).toContain(
      'Address as cited by several sources; not opened by us',
    );
    // No address, no confidence line: where the text is published instead.
    const lines = sourceFactLines(getSource('cepa-telecom')!, 'en', translator('en'));
    expect(lines.some((l) => l.startsWith('Address'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Official text: Issued by MIIT on 30 June 2016'))).toBe(true);
  });

  it('gives a translation as a second link, with who made it', () => {
    expect(translationView(getSource('security-assessment-provisions')!, 'en', translator('en'))).toEqual({
      url: expect.stringMatching(/^https:\/\/www\.chinalawtranslate\.com\//),
      label: 'English translation: ',
      by: 'China Law Translate',
      address: ' (Address confirmed)',
    });
    expect(translationView(getSource('fite-provisions')!, 'zh', translator('zh'))?.address).toBe('（网址已核实）');
    expect(translationView(getSource('order-292')!, 'en', translator('en'))).toBeUndefined();
  });

  it('shows a commentary’s date, or why it has none', () => {
    expect(sourceFactLines(getSource('pilot-areas')!, 'en', translator('en'))[0]).toContain('dated April 17, 2024');
    expect(compactSourceFacts(getSource('pilot-areas')!, 'zh', translator('zh'))).toContain('2024年4月17日发布');
    expect(sourceFactLines(getSource('tencent-commercial')!, 'en', translator('en'))[0]).toContain(
      'maintained documentation page, no publication date',
    );
    expect(sourceFactLines(getSource('saas-commentary')!, 'zh', translator('zh'))[0]).toContain('发布日期未记录');
  });
});
