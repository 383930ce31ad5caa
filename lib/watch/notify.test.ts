import { afterEach, describe, expect, it } from 'vitest';
import { storeKinds } from '@/lib/enquiries/testing/fixtures';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { CURRENT_RULESET } from '@/lib/assessment';
import { resultCode } from '@/lib/addresses/result-link';
import { loadMessages } from '@/lib/i18n/messages';
import { DUTY_CALENDAR } from './calendar-duties';
import { changeFor } from './change';
import { confirmSubscription } from './confirm';
import { notify } from './notify';
import { allMessages } from './queue';
import { findSubscription } from './store';
import { subscribe } from './subscribe';
import { readMail } from './testing/mail';
import { watchFixture, type WatchFixture } from './testing/fixtures';

// Results issued under version 2, read under the current rules (version 3) as the banner reads them:
const CHANGED = '2-s000078x45cf'; // a finding replaced by another, same verdict
const SAME = '2-s00000xwqw6d'; // nothing differs
const VERDICT = '2-s00001r81ssp'; // no item differs, but the judged verdict does (blocked → unsettled)
const MISSING = '2-s00001f8g88g'; // version 3 asks a question these answers do not answer
const CURRENT = resultCode(DECISION_CASES.marketplace);
const T0 = new Date('2026-12-01T02:00:00.000Z');

let fixture: WatchFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

/** Subscriptions confirmed while their code's version was current: what notify finds after a release. */
async function confirmedBefore(f: WatchFixture, codes: readonly string[]) {
  const ids: Record<string, string> = {};
  for (const [i, code] of codes.entries()) {
    const now = new Date(T0.getTime() - 86_400_000 + i * 1000);
    const locale = i % 2 === 0 ? 'en' : 'zh';
    await subscribe(
      {
        locale,
        input: { email: `s${i}@example.org`, launch: '', granted: '' },
        resultCode: code,
        formKey: f.formKey(now.getTime()),
        honeypot: '',
        client: `192.0.2.${i}`,
      },
      f.watch,
      now,
    );
    const id = (await allMessages(f.store.sql)).at(-1)!.subscriptionId!;
    await confirmSubscription({ ...f.watch, calendar: DUTY_CALENDAR }, { kind: 'subscription', id }, now);
    ids[code] = id;
  }
  // Confirmed when their version was the current one: the basis is the code as issued, compared with its own version.
  await f.store.sql.run(`UPDATE watch_subscriptions SET basis_code = result_code, checked_version = '2' WHERE result_code LIKE '2-%'`);
  await f.watch.outbox.runOnce();
  f.smtp.messages.length = 0;
  return ids;
}

describe('the cases the test rests on', () => {
  it('read under the current rules as named', () => {
    expect(CURRENT_RULESET.version).toBe('3');
    expect(changeFor('en', CHANGED)).toMatchObject({ changed: true, verdict: null });
    expect(changeFor('en', CHANGED)!.changes!.added).toEqual([{ kind: 'finding', id: 'personal-filing-scope' }]);
    expect(changeFor('en', SAME)).toMatchObject({ changed: false, changes: { added: [], removed: [], changed: [] } });
    expect(changeFor('en', VERDICT)).toMatchObject({ changed: true, verdict: { from: 'blocked', to: 'unsettled' } });
    expect(changeFor('en', MISSING)).toMatchObject({ changed: true, changes: null, currentCode: null });
    expect(changeFor('en', CURRENT)).toBeNull();
  });
});

describe.each(storeKinds())('notify on $name', { timeout: 60_000 }, (kind) => {
  it('sends exactly the subscribers whose result changed one notice each, once, with both links', async () => {
    const f = (fixture = await watchFixture(kind));
    const ids = await confirmedBefore(f, [CHANGED, SAME, VERDICT, MISSING, CURRENT]);
    const report = await notify(f.watch, T0);
    expect(report).toEqual({ checked: 4, changed: 3, unchanged: 1, upToDate: 1 });
    expect(await f.watch.outbox.runOnce()).toBe(3);
    const mails = f.smtp.messages.map((m) => ({ to: m.to[0], ...readMail(m.raw) }));
    expect(mails.map((m) => m.to).sort()).toEqual(['s0@example.org', 's2@example.org', 's3@example.org']);

    const changed = mails.find((m) => m.to === 's0@example.org')!;
    expect(changed.headers.get('subject')).toBe('The rules changed what your ICP result needs');
    expect(changed.text).toContain('Would be added');
    const en = loadMessages('en');
    expect(changed.text).toContain(en.ruleChanges.kinds.finding.replace('{name}', en.assessment.findings['personal-filing-scope'].label));
    expect(changed.text).toContain(`https://compass.test/en/result/${CHANGED}`);
    expect(changed.text).toContain(`https://compass.test/en/result/${changeFor('en', CHANGED)!.currentCode}`);
    expect(changed.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const verdict = mails.find((m) => m.to === 's2@example.org')!;
    expect(verdict.text).toContain(`Verdict: ${en.assessment.verdicts.blocked.label} → ${en.assessment.verdicts.unsettled.label}`);
    // The subscriber in Chinese is told in Chinese, and sent to the question to answer.
    const missing = mails.find((m) => m.to === 's3@example.org')!;
    expect(missing.html).toContain('lang="zh-CN"');
    expect(missing.text).toContain('请回答该问题');
    expect(missing.text).toContain('https://compass.test/zh/assessment/q/');

    // From now on each compares from the current result (the one it was told about), or keeps its code while a question waits.
    expect((await findSubscription(f.store.sql, ids[CHANGED]!))!).toMatchObject({
      checkedVersion: '3',
      basisCode: changeFor('en', CHANGED)!.currentCode,
    });
    expect((await findSubscription(f.store.sql, ids[SAME]!))!).toMatchObject({
      checkedVersion: '3',
      basisCode: changeFor('en', SAME)!.currentCode,
    });
    expect((await findSubscription(f.store.sql, ids[MISSING]!))!).toMatchObject({ checkedVersion: '3', basisCode: MISSING });

    // Run twice, or on two servers at once: nothing more is queued or sent.
    const other = await f.another();
    expect(await Promise.all([notify(f.watch, T0), notify(other, T0)])).toEqual([
      { checked: 0, changed: 0, unchanged: 0, upToDate: 5 },
      { checked: 0, changed: 0, unchanged: 0, upToDate: 5 },
    ]);
    expect(await f.watch.outbox.runOnce()).toBe(0);
    expect((await allMessages(f.store.sql)).filter((m) => m.kind === 'changed')).toHaveLength(3);
  });

  it('queues each notice once even when two runs compare the same subscriptions at the same moment', async () => {
    const f = (fixture = await watchFixture(kind));
    await confirmedBefore(f, [CHANGED, VERDICT]);
    const other = await f.another();
    const reports = await Promise.all([notify(f.watch, T0), notify(other, T0)]);
    expect(reports.reduce((n, r) => n + r.checked, 0)).toBeGreaterThanOrEqual(2);
    expect((await allMessages(f.store.sql)).filter((m) => m.kind === 'changed')).toHaveLength(2);
    await f.watch.outbox.runOnce();
    await other.outbox.runOnce();
    expect(f.smtp.messages).toHaveLength(2);
  });
});
