import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resultPath } from '@/lib/addresses/urls';

/** The feed of rule changes for one result: `/<locale>/result/<code>/feed.atom`. Its address holds only the code. */
export function resultFeedPath(locale: Locale, code: string): string {
  return `${localePath(locale, resultPath(code))}/feed.atom`;
}

/** The site-wide feed of ruleset versions (after the locale). */
export const SITE_FEED_PATH = '/feed.atom';
