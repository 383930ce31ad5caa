import { afterEach, describe, expect, it } from 'vitest';
import { storeKinds } from '@/lib/enquiries/testing/fixtures';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { resultCode } from '@/lib/addresses/result-link';
import { DUTY_CALENDAR } from './calendar-duties';
import { confirmSubscription } from './confirm';
import { dayOf, readDay } from './duties';
import { unsubscribe } from './manage';
import { allMessages } from './queue';
import { dayIn, sendReminders } from './reminders';
import { subscribe } from './subscribe';
import { watchFixture, type WatchFixture } from './testing/fixtures';
import { readMail } from './testing/mail';

// A marketplace: the public-security filing after launch, the licence's annual report and its renewal.
const MARKETPLACE = resultCode(DECISION_CASES.marketplace);
const BROCHURE = resultCode(DECISION_CASES.brochure);
const START = new Date('2026-11-20T02:00:00.000Z');

let fixture: WatchFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function confirmed(f: WatchFixture, email: string, code: string, dates: { launch?: string; granted?: string }) {
  await subscribe(
    {
      locale: 'en',
      input: { email, launch: dates.launch ?? '', granted: dates.granted ?? '' },
      resultCode: code,
      formKey: f.formKey(START.getTime()),
      honeypot: '',
      client: email,
    },
    f.watch,
    START,
  );
  const id = (await allMessages(f.store.sql)).at(-1)!.subscriptionId!;
  await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id }, START);
  return id;
}

/** Runs the daily command on every day from `from` to `to`; returns each reminder queued, with the day it was queued. */
async function everyDay(f: WatchFixture, from: string, to: string) {
  const days: string[] = [];
  for (let d = readDay(from)!; dayOf(d) <= to; d = new Date(d.getTime() + 86_400_000)) {
    await sendReminders({ ...f.watch, calendar: DUTY_CALENDAR }, dayOf(d), new Date(d.getTime() + 3_600_000));
    days.push(dayOf(d));
  }
  return (await allMessages(f.store.sql))
    .filter((m) => m.kind === 'reminder')
    .map((m) => `${dayOf(m.createdAt)} ${m.dedupeKey.split(':').slice(2).join(' ')}`);
}

describe('the day in the office', () => {
  it('is the calendar day in its time zone, not UTC’s', () => {
    expect(dayIn('Asia/Shanghai', new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(dayIn('UTC', new Date('2026-12-31T17:30:00Z'))).toBe('2026-12-31');
  });
});

describe.each(storeKinds())('reminders on $name', { timeout: 120_000 }, (kind) => {
  it('fire on the right days, across the year’s end, every year for the annual report, once each', async () => {
    const f = (fixture = await watchFixture(kind));
    // Launched 5 December 2026: the filing is due 4 January 2027. Licensed 20 January 2023: a report by 31 March each
    // year, and renewal due 22 October 2027 (90 days before the five years end on 20 January 2028).
    await confirmed(f, 'li.wei@example.com', MARKETPLACE, { launch: '2026-12-05', granted: '2023-01-20' });
    // No dates: no reminders.
    await confirmed(f, 'ann@example.org', MARKETPLACE, {});
    expect(await everyDay(f, '2026-12-01', '2028-04-30')).toEqual([
      '2026-12-28 file-psb 2027-01-04',
      '2027-03-01 licence-annual-report 2027-03-31',
      '2027-09-22 renew-licence 2027-10-22',
      '2028-03-01 licence-annual-report 2028-03-31',
    ]);
    // Run again over the same days: nothing more.
    const before = (await allMessages(f.store.sql)).length;
    await sendReminders({ ...f.watch, calendar: DUTY_CALENDAR }, '2027-03-05', new Date('2027-03-05T01:00:00Z'));
    expect((await allMessages(f.store.sql)).length).toBe(before);
  });

  it('catch up on days the command did not run, never after a deadline, and stop with the subscription', async () => {
    const f = (fixture = await watchFixture(kind));
    const id = await confirmed(f, 'li.wei@example.com', BROCHURE, { launch: '2026-12-05' });
    await sendReminders({ ...f.watch, calendar: DUTY_CALENDAR }, '2027-01-05', new Date('2027-01-05T01:00:00Z'));
    expect((await allMessages(f.store.sql)).filter((m) => m.kind === 'reminder')).toEqual([]);
    await sendReminders({ ...f.watch, calendar: DUTY_CALENDAR }, '2027-01-02', new Date('2026-12-02T01:00:00Z'));
    const [reminder] = (await allMessages(f.store.sql)).filter((m) => m.kind === 'reminder');
    expect(reminder!.mail.subject).toBe('Reminder: Public-security filing by January 4, 2027');
    expect(reminder!.mail.text).toContain('in 2 days');
    expect(reminder!.mail.text).toContain('Counted from your launch date, December 5, 2026.');
    expect(reminder!.mail.text).toContain(`/en/result/${BROCHURE}/calendar.ics?launch=2026-12-05`);
    await f.watch.outbox.runOnce();
    const received = readMail(f.smtp.messages.at(-1)!.raw);
    expect(received.headers.get('list-unsubscribe')).toContain('/en/watch/one-click?t=s.');

    const other = await confirmed(f, 'ann@example.org', MARKETPLACE, { granted: '2025-06-10' });
    await unsubscribe(f.watch, { kind: 'subscription', id: other }, false);
    await sendReminders({ ...f.watch, calendar: DUTY_CALENDAR }, '2027-03-10', new Date('2026-12-02T01:00:00Z'));
    expect((await allMessages(f.store.sql)).filter((m) => m.kind === 'reminder').map((m) => m.subscriptionId)).toEqual([id]);
  });
});
