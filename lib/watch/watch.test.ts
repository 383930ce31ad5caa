import { afterEach, describe, expect, it } from 'vitest';
import { storeKinds } from '@/lib/enquiries/testing/fixtures';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { resultCode } from '@/lib/addresses/result-link';
import { DUTY_CALENDAR } from './calendar-duties';
import { confirmable, confirmSubscription } from './confirm';
import { housekeeping } from './housekeeping';
import { readToken, signToken } from './links';
import { managed, stoppable, unsubscribe } from './manage';
import { allMessages } from './queue';
import { findSubscription, subscriptionsOf, watchCounts } from './store';
import { requestManageLink, subscribe } from './subscribe';
import { readMail, watchLinks } from './testing/mail';
import { watchFixture, type WatchFixture } from './testing/fixtures';

const MARKETPLACE = resultCode(DECISION_CASES.marketplace);
const BROCHURE = resultCode(DECISION_CASES.brochure);
const T0 = new Date('2026-11-02T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 86_400_000;

let fixture: WatchFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

describe.each(storeKinds())('e-mail alerts on $name', { timeout: 60_000 }, (kind) => {
  async function setUp(env: Record<string, string> = {}) {
    fixture = await watchFixture(kind, env);
    return fixture;
  }
  const ask = (f: WatchFixture, over: Partial<Parameters<typeof subscribe>[0]> = {}, now = T0) =>
    subscribe(
      {
        locale: 'en',
        input: { email: ' Li.Wei@Example.com ', launch: '2027-01-10', granted: '' },
        resultCode: MARKETPLACE,
        formKey: f.formKey(now.getTime()),
        honeypot: '',
        client: '203.0.113.7',
        ...over,
      },
      f.watch,
      now,
    );
  const sent = (f: WatchFixture) => f.smtp.messages.map((m) => ({ to: m.to, ...readMail(m.raw) }));

  it('sends only a confirmation until its button is pressed; then the result, once, in the subscriber’s language', async () => {
    const f = await setUp();
    expect(await ask(f)).toEqual({ kind: 'queued' });
    expect(await f.watch.outbox.runOnce()).toBe(1);
    const [confirmation] = sent(f);
    expect(confirmation!.to).toEqual(['li.wei@example.com']);
    // Nothing but the site's name, the result's link and the confirm link: no verdict, no dates, nothing typed.
    expect(confirmation!.text).toContain(`https://compass.test/en/result/${MARKETPLACE}`);
    expect(confirmation!.text).not.toMatch(/2027|licence|Verdict/i);
    expect(confirmation!.headers.get('list-unsubscribe')).toMatch(/^<https:\/\/compass\.test\/en\/watch\/one-click\?t=s\./);
    expect(confirmation!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const links = watchLinks(confirmation!.text);
    const token = new URL(links.confirm!).searchParams.get('t')!;
    const target = readToken(f.watch.secret, 'confirm', token)!;
    // Opening the link (the page) changes nothing: the subscription still waits.
    expect((await confirmable(f.watch, target, at(1000))).kind).toBe('waiting');
    // A link signed for another purpose does not confirm.
    expect(readToken(f.watch.secret, 'confirm', signToken(f.watch.secret, 'unsubscribe', target))).toBeNull();

    const done = await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, target, at(60_000));
    expect(done.kind).toBe('confirmed');
    expect(await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, target, at(61_000))).toMatchObject({ kind: 'confirmed' });
    await f.watch.outbox.runOnce();
    const mails = sent(f);
    expect(mails).toHaveLength(2);
    const result = mails[1]!;
    expect(result.headers.get('subject')).toContain('Your ICP result');
    expect(result.text).toContain('What the service needs');
    expect(result.text).toContain('EDI licence');
    expect(result.text).toContain('Your next step');
    // The launch date given dates the public-security filing: 30 days after 10 January 2027.
    expect(result.text).toContain('Public-security filing by February 9, 2027');
    expect(result.text).toContain(`https://compass.test/en/result/${MARKETPLACE}`);
    expect(result.html).toContain('<html lang="en">');
    expect(result.html).not.toMatch(/<img|<link|@import|url\(|<script/i);
    const stored = (await findSubscription(f.store.sql, target.kind === 'subscription' ? target.id : ''))!;
    expect(stored).toMatchObject({
      email: 'li.wei@example.com',
      locale: 'en',
      launch: '2027-01-10',
      granted: null,
      resultCode: MARKETPLACE,
    });
    expect(stored.consentAt).toEqual(at(60_000));
  });

  it('writes to a Chinese subscriber in Chinese', async () => {
    const f = await setUp();
    await ask(f, { locale: 'zh', input: { email: 'wang@example.cn', launch: '', granted: '2025-06-10' } });
    await f.watch.outbox.runOnce();
    const confirmation = sent(f)[0]!;
    expect(confirmation.headers.get('subject')).toMatch(/=\?UTF-8\?|请确认/);
    expect(confirmation.text).toContain('打开链接进行确认：');
    expect(confirmation.text).toContain(`https://compass.test/zh/result/${MARKETPLACE}`);
    const target = readToken(f.watch.secret, 'confirm', new URL(watchLinks(confirmation.text).confirm!).searchParams.get('t'))!;
    await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, target, at(1000));
    await f.watch.outbox.runOnce();
    const result = sent(f)[1]!;
    expect(result.html).toContain('<html lang="zh-CN">');
    expect(result.text).toContain('该业务需要办理的事项');
    expect(result.text).toContain('许可证年报');
    expect(result.text).not.toMatch(/\bwatch\.(mail|section|duties)\./);
  });

  it('stops by link: one result, or everything the address watches, with messages still waiting', async () => {
    const f = await setUp();
    for (const [i, code] of [MARKETPLACE, BROCHURE].entries()) await ask(f, { resultCode: code }, at(i * 1000));
    await ask(f, { input: { email: 'ann@example.org', launch: '', granted: '' } });
    const mine = await subscriptionsOf(f.store.sql, (await allMessages(f.store.sql))[0]!.addressKey);
    expect(mine.map((s) => s.resultCode)).toEqual([MARKETPLACE, BROCHURE]);
    const first = { kind: 'subscription', id: mine[0]!.id } as const;
    expect(await stoppable(f.watch, 'en', first)).toMatchObject({ kind: 'subscription', address: 'li.wei@example.com' });
    expect(await unsubscribe(f.watch, first, false)).toBe(1);
    expect(await unsubscribe(f.watch, first, false)).toBe(0);
    expect((await subscriptionsOf(f.store.sql, mine[0]!.addressKey)).map((s) => s.resultCode)).toEqual([BROCHURE]);
    expect(await unsubscribe(f.watch, { kind: 'subscription', id: mine[1]!.id }, true)).toBe(1);
    expect(await subscriptionsOf(f.store.sql, mine[0]!.addressKey)).toEqual([]);
    // The other address's subscription and its confirmation are untouched; Li Wei's waiting messages are gone.
    const left = await allMessages(f.store.sql);
    expect(left.map((m) => m.to)).toEqual(['ann@example.org']);
    expect(await f.watch.outbox.runOnce()).toBe(1);
  });

  it('forgets an address that is never confirmed after the days the form states; a confirmed one stays', async () => {
    const f = await setUp({ WATCH_CONFIRM_DAYS: '3' });
    await ask(f);
    await ask(f, { input: { email: 'ann@example.org', launch: '', granted: '' } });
    const [lis, anns] = await Promise.all(
      (await allMessages(f.store.sql)).map(async (m) => (await findSubscription(f.store.sql, m.subscriptionId!))!),
    );
    await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id: anns!.id }, at(DAY));
    // After three days the link says it has expired, even before the housekeeping runs.
    expect((await confirmable(f.watch, { kind: 'subscription', id: lis!.id }, at(3 * DAY + 1000))).kind).toBe('expired');
    expect(await housekeeping(f.watch, at(3 * DAY + 1000))).toMatchObject({ unconfirmed: 1 });
    expect(await findSubscription(f.store.sql, lis!.id)).toBeNull();
    expect(await findSubscription(f.store.sql, anns!.id)).not.toBeNull();
    expect(JSON.stringify(await f.store.sql.all(`SELECT * FROM watch_messages`))).not.toContain('li.wei');
  });

  it('replaces a confirmed subscription to the same result when a new one is confirmed, with its dates', async () => {
    const f = await setUp();
    await ask(f);
    const firstId = (await allMessages(f.store.sql))[0]!.subscriptionId!;
    await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id: firstId }, at(1000));
    await ask(f, { input: { email: 'li.wei@example.com', launch: '2027-02-01', granted: '2027-06-01' } }, at(DAY));
    const secondId = (await allMessages(f.store.sql)).at(-1)!.subscriptionId!;
    // Someone else typing the address cannot change the dates: the new one waits for its own confirmation.
    expect((await findSubscription(f.store.sql, firstId))!.launch).toBe('2027-01-10');
    await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id: secondId }, at(DAY + 1000));
    const list = await managed(f.watch, 'en', { kind: 'address', key: (await findSubscription(f.store.sql, secondId))!.addressKey });
    expect(list!.results.map((r) => [r.code, r.launch, r.granted])).toEqual([[MARKETPLACE, '2027-02-01', '2027-06-01']]);
    expect(await watchCounts(f.store.sql)).toEqual({ watchedResults: 1, subscribers: 1, subscriptions: 1, unconfirmed: 0 });
  });

  it('refuses politely: a placeholder address or no SMTP, a stale or forged form, a filled honeypot, bad input', async () => {
    const f = await setUp();
    expect(await ask(f, {}, T0)).toEqual({ kind: 'queued' });
    expect(await ask(f, { formKey: 'forged.key.value' })).toEqual({ kind: 'invalid', errors: { email: 'staleForm' } });
    expect(await ask(f, { formKey: f.formKey(T0.getTime() - 3 * DAY) })).toEqual({ kind: 'invalid', errors: { email: 'staleForm' } });
    expect(await ask(f, { honeypot: 'http://spam' })).toEqual({ kind: 'spam' });
    expect(await ask(f, { input: { email: 'not an address', launch: '2027-02-30', granted: '1999-01-01' } })).toEqual({
      kind: 'invalid',
      errors: { email: 'emailInvalid', launch: 'dateInvalid', granted: 'dateRange' },
    });
    expect(await ask(f, { resultCode: '3-nope' })).toEqual({ kind: 'invalid', errors: { email: 'staleForm' } });
    expect(
      await subscribe(
        {
          locale: 'en',
          input: { email: 'a@b.cn', launch: '', granted: '' },
          resultCode: MARKETPLACE,
          formKey: f.formKey(),
          honeypot: '',
          client: 'x',
        },
        { ...f.watch, unavailable: 'no-mail' },
      ),
    ).toEqual({
      kind: 'unavailable',
      reason: 'no-mail',
    });
    expect((await allMessages(f.store.sql)).length).toBe(1);
  });

  it('limits requests per address and per client, without storing either', async () => {
    const f = await setUp({ WATCH_EMAIL_LIMIT: '2', WATCH_RATE_LIMIT: '3' });
    expect((await ask(f)).kind).toBe('queued');
    expect((await ask(f, { client: '198.51.100.1' })).kind).toBe('queued');
    expect(await ask(f, { client: '198.51.100.2' })).toMatchObject({ kind: 'rate-limited', limit: 'email' });
    for (const n of [1, 2]) expect((await ask(f, { input: { email: `x${n}@example.org`, launch: '', granted: '' } })).kind).toBe('queued');
    expect(await ask(f, { input: { email: 'x3@example.org', launch: '', granted: '' } })).toMatchObject({
      kind: 'rate-limited',
      limit: 'client',
    });
    // The link to one's alerts counts against the same limits; for an unknown address nothing is sent, the same answer given.
    expect(
      (
        await requestManageLink(
          { locale: 'en', email: 'nobody@example.org', formKey: f.formKey(), honeypot: '', client: '192.0.2.9' },
          f.watch,
        )
      ).kind,
    ).toBe('queued');
    expect((await allMessages(f.store.sql)).map((m) => m.kind)).toEqual(['confirm', 'confirm', 'confirm', 'confirm']);
  });
});
