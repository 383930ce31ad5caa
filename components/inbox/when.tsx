import type { Locale } from '@/lib/i18n/routing';
import { formatWhen } from '@/lib/inbox/time';

/** A moment with its time zone, machine-readable too. */
export function When({ locale, date }: { locale: Locale; date: Date }) {
  return <time dateTime={date.toISOString()}>{formatWhen(locale, date)}</time>;
}
