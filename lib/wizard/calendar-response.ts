import { createTranslator } from 'next-intl';
import { getSite } from '@/lib/content/site';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale, routing } from '@/lib/i18n/routing';
import { readDate, resultCalendar } from './calendar';
import { resolveResultCode } from './result';

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** The calendar file of `/<locale>/result/<code>/calendar.ics`, or a plain message saying what to fix. */
export function calendarResponse(localeParam: string, code: string, query: URLSearchParams): Response {
  const locale = isLocale(localeParam) ? localeParam : routing.defaultLocale;
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  const view = resolveResultCode(locale, code);
  if (view.kind !== 'result') return text(404, t('decision.calendar.unknown'));
  const link = `${getSite().siteUrl}${view.href}`;
  const dates = { launch: query.get('launch') || undefined, licensed: query.get('licensed') || undefined };
  for (const value of Object.values(dates))
    if (value !== undefined && !readDate(value)) return text(400, t('decision.calendar.badDate', { link }));
  const calendar = resultCalendar(locale, view.code, view.answers, link, dates);
  if (calendar === null) return text(400, t('decision.calendar.noEvents', { link }));
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="result-${view.code}.ics"`,
      // Cached like the result page (its date-less form changes only with the year).
      'Cache-Control': 'public, max-age=3600, s-maxage=86400',
    },
  });
}
