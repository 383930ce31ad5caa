import { plainTranslator } from '@/lib/i18n/plain-translator';
import { localePath } from '@/lib/i18n/paths';
import type { Plan } from '@/lib/assessment/plan';
import type { Locale } from '@/lib/i18n/routing';
import { resultPath } from '@/lib/addresses/urls';
import { subscriberLinks } from './confirm';
import { resultDigest } from './digest';
import { readDay, type Day, type DutyCalendar } from './duties';
import { reminderMail } from './mail/messages';
import { enqueue } from './queue';
import type { Watch } from './service';
import { confirmedPage, type Statement } from './store';

export type ReminderReport = { subscriptions: number; reminders: number };

/** The calendar day of a moment in a time zone (the office's: deadlines are days in China), YYYY-MM-DD. */
export function dayIn(timeZone: string, now: Date): Day {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Run once a day (cron, `npm run watch -- reminders`): for each confirmed subscription with dates, each dated duty of
 * its result whose reminder day has come and whose deadline has not passed gets one reminder (catching up on days the
 * command did not run). The deadlines are the calendar's (`DutyCalendar`); a yearly duty's next deadline follows once
 * one has passed, so the reminders keep coming every year until the subscriber stops them. Each reminder is recorded
 * with the subscription in the same transaction and keyed by duty and deadline: a second run sends nothing twice.
 */
export async function sendReminders(
  deps: Pick<Watch, 'sql' | 'secret' | 'siteUrl' | 'siteName'> & { calendar: DutyCalendar },
  today: Day,
  now: Date = new Date(),
): Promise<ReminderReport> {
  const report: ReminderReport = { subscriptions: 0, reminders: 0 };
  const day = readDay(today);
  if (!day) throw new Error(`not a day: ${today}`);
  const plans = new Map<string, Plan | null>();
  const planOf = (locale: Locale, code: string) => {
    const key = `${locale} ${code}`;
    if (!plans.has(key)) plans.set(key, resultDigest(locale, code)?.plan ?? null);
    return plans.get(key)!;
  };
  let after: string | undefined;
  for (;;) {
    const page = await confirmedPage(deps.sql, after);
    if (page.length === 0) return report;
    after = page.at(-1)!.id;
    for (const s of page) {
      if (!s.launch && !s.granted) continue;
      const plan = planOf(s.locale, s.basisCode);
      if (!plan) continue;
      report.subscriptions++;
      const due = deps.calendar
        .deadlines(plan, { launch: s.launch, granted: s.granted }, day)
        .filter((d) => d.remindOn <= today && today <= d.due && s.reminded[d.step] !== d.due);
      if (due.length === 0) continue;
      const t = plainTranslator(s.locale);
      const links = subscriberLinks(deps, s);
      const resultHref = localePath(s.locale, resultPath(s.basisCode));
      const query = new URLSearchParams({ ...(s.launch && { launch: s.launch }), ...(s.granted && { licensed: s.granted }) });
      const statements: Statement[] = [];
      const reminded: Record<string, string> = { ...s.reminded };
      for (const deadline of due) {
        const mail = reminderMail(
          { t, locale: s.locale, siteUrl: deps.siteUrl, siteName: deps.siteName(s.locale) },
          {
            deadline,
            from: (deadline.countsFrom === 'launch' ? s.launch : s.granted)!,
            today,
            resultHref,
            calendarUrl: `${deps.siteUrl}${resultHref}/calendar.ics?${query}`,
          },
          links,
        );
        statements.push(
          enqueue(
            {
              dedupeKey: `reminder:${s.id}:${deadline.step}:${deadline.due}`,
              kind: 'reminder',
              subscriptionId: s.id,
              addressKey: s.addressKey,
              to: s.email,
              locale: s.locale,
              mail,
              unsubscribeUrl: links.oneClickUrl,
            },
            now,
          ),
        );
        reminded[deadline.step] = deadline.due;
        report.reminders++;
      }
      statements.push([`UPDATE watch_subscriptions SET reminded = ? WHERE id = ?`, [JSON.stringify(reminded), s.id]]);
      await deps.sql.batch(statements);
    }
  }
}
