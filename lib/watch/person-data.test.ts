import { afterEach, describe, expect, it } from 'vitest';
import { sampleEnquiry, storeKinds } from '@/lib/enquiries/testing/fixtures';
import { deletePersonData, deletionPlan, exportPerson, personOf } from '@/lib/enquiries/person-data';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { resultCode } from '@/lib/addresses/result-link';
import { enquiryDetail } from '@/lib/inbox/views';
import { DUTY_CALENDAR } from './calendar-duties';
import { confirmSubscription } from './confirm';
import { allMessages } from './queue';
import { subscribe } from './subscribe';
import { watchFixture, type WatchFixture } from './testing/fixtures';

const CODE = resultCode(DECISION_CASES.marketplace);
const T0 = new Date('2026-11-02T02:00:00.000Z');

let fixture: WatchFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function watching(f: WatchFixture, email: string, confirm: boolean) {
  await subscribe(
    {
      locale: 'en',
      input: { email, launch: '2027-01-10', granted: '' },
      resultCode: CODE,
      formKey: f.formKey(T0.getTime()),
      honeypot: '',
      client: email,
    },
    f.watch,
    T0,
  );
  const id = (await allMessages(f.store.sql)).at(-1)!.subscriptionId!;
  if (confirm) await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id }, T0);
}

describe.each(storeKinds())('a person’s data rights cover their alerts, on $name', { timeout: 60_000 }, (kind) => {
  it('exports them with the enquiries, and deletes them with the person (not with one enquiry)', async () => {
    const f = (fixture = await watchFixture(kind));
    const { enquiry } = await f.store.insert(sampleEnquiry({ email: 'Li.Wei@Example.com' }), [], T0);
    await watching(f, 'li.wei@example.com', true);
    await watching(f, 'ann@example.org', true);
    const person = personOf(enquiry);
    // The enquiry's page in the inbox says the person also has alerts (so staff can delete them with the person).
    expect((await enquiryDetail(f.store.sql, enquiry.reference, 'en'))!.elsewhere).toEqual([{ name: 'resultAlerts', count: 1 }]);

    const data = JSON.parse(await exportPerson(f.store.sql, person, T0));
    expect(data.resultAlerts.subscriptions).toEqual([
      {
        result: CODE,
        language: 'en',
        launchDate: '2027-01-10',
        licenceGrantedDate: null,
        requestedAt: T0.toISOString(),
        confirmedAt: T0.toISOString(),
      },
    ]);
    expect(data.resultAlerts.messages.map((m: { kind: string }) => m.kind)).toEqual(['confirm', 'result']);
    expect(JSON.stringify(data)).not.toContain('ann@');

    // Deleting one enquiry leaves the alerts: they are not part of it.
    await deletePersonData(f.store.sql, { kind: 'enquiry', reference: enquiry.reference }, [enquiry.reference], 'desk', T0);
    expect(JSON.parse(await exportPerson(f.store.sql, person, T0)).resultAlerts.subscriptions).toHaveLength(1);

    // A person with alerts and no enquiry left can still be deleted, and the plan says what goes.
    const scope = { kind: 'person', person } as const;
    expect((await deletionPlan(f.store.sql, scope)).also).toEqual([{ name: 'resultAlerts', count: 1 }]);
    expect(await deletePersonData(f.store.sql, scope, [], 'desk', T0)).toEqual([]);
    const rows = JSON.stringify([
      await f.store.sql.all(`SELECT * FROM watch_subscriptions`),
      await f.store.sql.all(`SELECT * FROM watch_messages`),
    ]);
    expect(rows).not.toContain('li.wei');
    expect(rows).toContain('ann@example.org');
    expect((await deletionPlan(f.store.sql, scope)).also).toEqual([]);
  });

  it('a person found by phone alone has no alerts (they hold no phone number)', async () => {
    const f = (fixture = await watchFixture(kind));
    await watching(f, 'li.wei@example.com', false);
    const byPhone = { email: '', phone: '8613800000000' };
    expect(JSON.parse(await exportPerson(f.store.sql, byPhone, T0)).resultAlerts).toEqual({ subscriptions: [], messages: [] });
    expect((await deletionPlan(f.store.sql, { kind: 'person', person: byPhone })).also).toEqual([]);
  });
});
