import { createTranslator } from 'next-intl';
import type { getTranslations } from 'next-intl/server';
import { loadMessages } from './messages';
import type { Locale } from './routing';
import { TIME_ZONE } from './time-zone';

/** What next-intl's getTranslations gives (pages, components and server actions call it from `next-intl/server`). */
export type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The translator of a locale outside a request (the alerts' e-mails, the command-line tools, unit tests), where
 * `getTranslations` has no request to read its settings from: next-intl's documented `createTranslator`, with the
 * same messages and time zone as lib/i18n/request.ts gives the pages.
 */
export function plainTranslator(locale: Locale, namespace?: string): Translator {
  return createTranslator({
    locale,
    messages: loadMessages(locale),
    namespace: namespace as never,
    timeZone: TIME_ZONE,
  }) as unknown as Translator;
}
