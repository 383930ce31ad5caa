import { _createCache, _createIntlFormatters, createTranslator, type AbstractIntlMessages } from 'next-intl';
import type { getTranslations as getRequestTranslations } from 'next-intl/server';
import { loadMessages } from './messages';
import type { Locale } from './routing';
import { TIME_ZONE } from './time-zone';

// next-intl's own getTranslations keeps its formatters per request: every render parsed each message with a
// placeholder again (about 5 ms of a result page's render in a profile of distinct results). The messages and the
// settings are the same for every request, so one set of formatters, parsed messages included, serves them all.
const FORMATTERS = _createIntlFormatters(_createCache());

/** What next-intl's getTranslations gives: the same function, made by the same createTranslator. */
export type Translator = Awaited<ReturnType<typeof getRequestTranslations>>;

/** The translator of a locale (and a namespace of its messages): next-intl's, with formatters kept for the process. */
export async function getTranslations({ locale, namespace }: { locale: Locale; namespace?: string }): Promise<Translator> {
  const messages = loadMessages(locale) as AbstractIntlMessages;
  return createTranslator({ locale, messages, namespace, timeZone: TIME_ZONE, _formatters: FORMATTERS }) as unknown as Translator;
}
