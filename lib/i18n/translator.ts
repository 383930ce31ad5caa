import { IntlMessageFormat } from 'intl-messageformat';
import { _createCache, _createIntlFormatters, createTranslator, type AbstractIntlMessages } from 'next-intl';
import type { getTranslations as getRequestTranslations } from 'next-intl/server';
import { loadMessages } from './messages';
import type { Locale } from './routing';
import { TIME_ZONE } from './time-zone';

// next-intl's own getTranslations keeps its formatters per request: every render parsed each message with a
// placeholder again (about 5 ms of a result page's render in a profile of distinct results). The messages and the
// settings are the same for every request, so one set of formatters, parsed messages included, serves them all.
const FORMATTERS = _createIntlFormatters(_createCache());

// Calls without formats of their own (all of this site's) share one parsed message per locale and text. next-intl's
// memo of parsed messages keys each call by JSON.stringify of the text and every date, time and number format, which
// a profile of new result pages put at about 3 % of their render; here the key is the locale and the text. What
// next-intl passes with them is the same on every such call (no global formats, this site's one time zone), so the
// message parsed on the first call formats every later one exactly as a fresh one would (lib/i18n/translator.test.ts).
type ParseArgs = ConstructorParameters<typeof IntlMessageFormat>;
// Bounded by the message files: the texts are theirs.
const PARSED = new Map<string, IntlMessageFormat>();
const SHARED_FORMATTERS = Object.assign(_createIntlFormatters(_createCache()), {
  // use-intl's format-message takes a getMessageFormat it finds on the formatters (it adds its own otherwise).
  getMessageFormat(...[message, locales, formats, options]: ParseArgs): IntlMessageFormat {
    const key = `${String(locales)}\u0000${typeof message === 'string' ? message : JSON.stringify(message)}`;
    let parsed = PARSED.get(key);
    if (!parsed) PARSED.set(key, (parsed = new IntlMessageFormat(message, locales, formats, options)));
    return parsed;
  },
});

/** What next-intl's getTranslations gives: the same function, made by the same createTranslator. */
export type Translator = Awaited<ReturnType<typeof getRequestTranslations>>;

// A message without placeholders or tags, called without values, is the same text on every call: kept per locale,
// namespace and key once next-intl has given it. Only for keys that name such a text, so a missing key, or a message
// called without the values it needs, still goes to next-intl and its error every time.
const PLAIN = new Map<string, string>();

function isPlainText(messages: unknown, path: string): boolean {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && !/[{<]/.test(node);
}

/** The translator of a locale (and a namespace of its messages): next-intl's, with formatters kept for the process. */
export async function getTranslations({ locale, namespace }: { locale: Locale; namespace?: string }): Promise<Translator> {
  const messages = loadMessages(locale) as AbstractIntlMessages;
  const settings = { locale, messages, namespace, timeZone: TIME_ZONE };
  const shared = createTranslator({ ...settings, _formatters: SHARED_FORMATTERS }) as unknown as Translator;
  // A call with formats of its own gets next-intl's memo, which tells formats apart (made when first needed). No call
  // passes formats today, and they would change no message: ICU's own styles (`{date, date, long}`) ignore them, and
  // only a message naming a format of its own would differ.
  let own: Translator | undefined;
  const pick = (formats: unknown): Translator =>
    formats === undefined ? shared : (own ??= createTranslator({ ...settings, _formatters: FORMATTERS }) as unknown as Translator);
  const scope = `${locale}\u0000${namespace ?? ''}\u0000`;
  const t = ((key: string, values?: unknown, formats?: unknown) => {
    if (values === undefined && formats === undefined) {
      const known = PLAIN.get(scope + key);
      if (known !== undefined) return known;
      const text = shared(key as never);
      if (isPlainText(messages, namespace ? `${namespace}.${key}` : key)) PLAIN.set(scope + key, text);
      return text;
    }
    return (pick(formats) as (...args: unknown[]) => string)(key, values, formats);
  }) as Translator;
  t.rich = ((key: string, values?: unknown, formats?: unknown) =>
    (pick(formats).rich as (...args: unknown[]) => unknown)(key, values, formats)) as Translator['rich'];
  t.markup = ((key: string, values?: unknown, formats?: unknown) =>
    (pick(formats).markup as (...args: unknown[]) => unknown)(key, values, formats)) as Translator['markup'];
  t.raw = shared.raw;
  t.has = shared.has;
  return t;
}
