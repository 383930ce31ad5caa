import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { resultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';
import { DUTY_CALENDAR } from '../calendar-duties';
import { changeFor } from '../change';
import { resultDigest } from '../digest';
import type { Mail } from '../mail/frame';
import { changedMail, confirmMail, manageMail, reminderMail, resultMail } from '../mail/messages';

const SITE = 'https://compass.test';
const links = (locale: Locale) => ({
  address: 'li.wei@example.com',
  unsubscribeUrl: `${SITE}/${locale}/watch/unsubscribe?t=s.x.y`,
  manageUrl: `${SITE}/${locale}/watch/manage?t=a.x.y`,
});

/** Every kind of message, for one locale, on results that show each part (for the tests and the screenshots). */
export async function sampleMails(locale: Locale, siteName = 'Example Compliance Consultancy') {
  const t = plainTranslator(locale);
  const ctx = { t, locale, siteUrl: SITE, siteName };
  const today = new Date('2026-12-01T02:00:00Z');
  const digest = (code: string) => resultDigest(locale, code)!;
  const marketplace = digest(resultCode(DECISION_CASES.marketplace));
  const dated = (d: ReturnType<typeof digest>, launch: string | null, granted: string | null) => ({
    deadlines: DUTY_CALENDAR.deadlines(d.plan, { launch, granted }, today),
    asked: DUTY_CALENDAR.datesAsked(d.plan),
  });
  const [psb] = DUTY_CALENDAR.deadlines(marketplace.plan, { launch: '2026-12-05', granted: null }, today);
  const changed = '2-s000078x45cf';
  const mails = {
    confirm: confirmMail(ctx, { resultUrl: `${SITE}${marketplace.href}`, confirmUrl: `${SITE}/${locale}/watch/confirm?t=s.x.y`, days: 3 }),
    'result-clear': resultMail(ctx, marketplace, dated(marketplace, '2026-12-05', '2025-06-10'), links(locale)),
    'result-blocked': resultMail(ctx, digest(resultCode(DECISION_CASES.wfoeCommunityOut)), { deadlines: [], asked: [] }, links(locale)),
    'result-unsettled': resultMail(ctx, digest(resultCode(DECISION_CASES.founder)), { deadlines: [], asked: [] }, links(locale)),
    'result-old-version': resultMail(ctx, digest(changed), { deadlines: [], asked: ['launch'] }, links(locale)),
    changed: changedMail(ctx, changeFor(locale, changed)!, localePath(locale, resultPath(changed)), links(locale)),
    'changed-verdict': changedMail(
      ctx,
      changeFor(locale, '2-s00001r81ssp')!,
      localePath(locale, resultPath('2-s00001r81ssp')),
      links(locale),
    ),
    'changed-missing': changedMail(
      ctx,
      changeFor(locale, '2-s00001f8g88g')!,
      localePath(locale, resultPath('2-s00001f8g88g')),
      links(locale),
    ),
    reminder: reminderMail(
      ctx,
      {
        deadline: psb!,
        from: '2026-12-05',
        today: '2026-12-28',
        resultHref: marketplace.href,
        calendarUrl: `${SITE}${marketplace.href}/calendar.ics?launch=2026-12-05`,
      },
      links(locale),
    ),
    manage: manageMail(ctx, `${SITE}/${locale}/watch/manage?t=a.x.y`),
  } satisfies Record<string, Mail>;
  return mails;
}
