import { createTranslator } from 'next-intl';
import { getSite } from '@/lib/content/site';
import { planOf } from '@/lib/assessment/plan';
import { loadMessages } from '@/lib/i18n/messages';
import { isLocale, LANGUAGE_TAGS, routing, type Locale } from '@/lib/i18n/routing';
import { NO_SCRIPT_POLICY } from '@/lib/security/csp';
import { SECURITY_HEADERS } from '@/lib/http/error-page';
import { calendarDuties, DATE_PARAMS, datesAsked, resultCalendar } from './calendar';
import { readDay, type DateNeeded } from './due-dates';
import { resolveResultCode, type ResultView } from '@/lib/views/result';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

type Translate = ReturnType<typeof createTranslator>;

/**
 * A small page that runs nothing, for a calendar request that cannot give a file yet: what is missing or could not be
 * read, the form again with what the visitor typed, and the way back to the result. Never a bare error. Unstyled: the
 * proxy gives it the site's policy, which allows no inline style.
 */
function formPage(t: Translate, locale: Locale, view: ResultView, values: Record<DateNeeded, string>, problem: string): string {
  const asked = datesAsked(planOf(view.classification, view.answers));
  const fields = asked
    .map(
      (d) =>
        `<p><label>${escape(t(`decision.calendar.${d}`))}<br><input type="date" name="${DATE_PARAMS[d]}" value="${escape(values[d])}" aria-describedby="help-${d}"></label><br><small id="help-${d}">${escape(t(`decision.calendar.help.${d}`))}</small></p>`,
    )
    .join('');
  return `<!doctype html><html lang="${LANGUAGE_TAGS[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('decision.calendar.title'))}</title><meta name="robots" content="noindex"></head>
<body><main><h1>${escape(t('decision.calendar.title'))}</h1><p role="alert">${escape(problem)}</p><form method="get" action="${escape(`${view.href}/calendar.ics`)}">${fields}<p><button type="submit">${escape(t('decision.calendar.download'))}</button></p></form><p><a href="${escape(view.href)}">${escape(t('decision.calendar.back'))}</a></p></main></body></html>`;
}

const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': NO_SCRIPT_POLICY,
    },
  });

/**
 * The calendar file of `/<locale>/result/<code>/calendar.ics`. Empty fields count as not given; a date that does
 * not read (400), or no date that dates anything yet (200), gets a page that says so, with the form again.
 */
export function calendarResponse(localeParam: string, code: string, query: URLSearchParams, today = new Date()): Response {
  const locale = isLocale(localeParam) ? localeParam : routing.defaultLocale;
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  const view = resolveResultCode(locale, code);
  // The proxy answers codes that do not read before they get here.
  if (view.kind !== 'result') return html(404, `<!doctype html><title>404</title><p>${escape(t('decision.calendar.unknown'))}</p>`);
  const values = {
    launch: (query.get(DATE_PARAMS.launch) ?? '').trim(),
    granted: (query.get(DATE_PARAMS.granted) ?? '').trim(),
  };
  const unreadable = (['launch', 'granted'] as const).filter((d) => values[d] !== '' && !readDay(values[d]));
  if (unreadable.length > 0)
    return html(
      400,
      formPage(t, locale, view, values, t('decision.calendar.badDate', { field: t(`decision.calendar.${unreadable[0]!}`) })),
    );
  const dates = { launch: values.launch || null, granted: values.granted || null };
  const link = `${getSite().siteUrl}${view.href}`;
  const calendar = resultCalendar({ ...view, locale, link, dates, today });
  if (calendar === null) {
    const plan = planOf(view.classification, view.answers);
    const needed = calendarDuties(plan, dates, today).flatMap((d) => (d.when.kind === 'needs' ? [d.when.date] : []));
    const problem =
      needed.length === 0 ? t('decision.calendar.nothingDated') : t('decision.calendar.noEvents', { count: new Set(needed).size });
    return html(200, formPage(t, locale, view, values, problem));
  }
  return new Response(calendar, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="result-${view.code}.ics"`,
      // The deadlines given depend on the day of the request (the next one on or after it).
      'Cache-Control': 'private, max-age=3600',
    },
  });
}
