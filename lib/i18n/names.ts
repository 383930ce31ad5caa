import { LANGUAGE_TAGS, NAME_LANGUAGE, type Locale } from './routing';

/** A name given in Chinese and in English. */
export interface BilingualName {
  zh: string;
  en: string;
}

/** The text and language tag of one of a bilingual name's two forms. */
export interface NameForm {
  text: string;
  lang: string;
}

// Chinese and English are the subject here: these names exist in those two languages only.
const TAGS = { zh: LANGUAGE_TAGS.zh, en: LANGUAGE_TAGS.en } as const;

/** The form of a bilingual name a locale's readers see first. */
export function primaryName(locale: Locale, name: BilingualName): NameForm {
  const language = NAME_LANGUAGE[locale];
  return { text: name[language], lang: TAGS[language] };
}

/** The other form, shown beside the primary one (the Chinese official name on an English page, and the reverse). */
export function secondaryName(locale: Locale, name: BilingualName): NameForm {
  const language = NAME_LANGUAGE[locale] === 'zh' ? 'en' : 'zh';
  return { text: name[language], lang: TAGS[language] };
}
