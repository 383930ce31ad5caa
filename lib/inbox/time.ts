import { getSite } from '@/lib/content/site';
import { LANGUAGE_TAGS, type Locale } from '@/lib/i18n/routing';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the inbox shows it: date, time and zone, in the office's time zone (content/site.yaml), e.g. "Nov 2, 2026, 10:05 GMT+8". */
export function formatWhen(locale: Locale, date: Date, timeZone: string = getSite().officeTimeZone): string {
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format.format(date);
}
