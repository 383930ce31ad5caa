import { afterEach, describe, expect, it } from 'vitest';
import { sampleEnquiry, storeKinds } from '@/lib/enquiries/testing/fixtures';
import type { EnquiryStore } from '@/lib/enquiries/store/store';
import { changeStatus, assignOwner } from './case-store';
import { decodeCursor, queueFilters, queuePage, queueRows, type QueueFilters } from './queue';
import { searchTerms } from './search';
import { addUser, type StaffUser } from './store';

const T0 = new Date('2026-11-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const filters = (over: Partial<QueueFilters> = {}): QueueFilters => ({ ...queueFilters({}), ...over });

describe('search terms', () => {
  it('split words, fold case and width, and read a phone number by its digits', () => {
    expect(searchTerms('  Li  WEI ')).toEqual(['li', 'wei']);
    expect(searchTerms('ＡＢＣ')).toEqual(['abc']);
    expect(searchTerms('+86 138-0000 0000')).toEqual(['8613800000000']);
    expect(searchTerms('(010) 5555 0100')).toEqual(['01055550100']);
    expect(searchTerms('E-7K3M-9PQ2')).toEqual(['e-7k3m-9pq2']);
    expect(searchTerms('示例 科技')).toEqual(['示例', '科技']);
    expect(searchTerms('')).toEqual([]);
  });
});

describe.each(storeKinds())('the queue on $name', { timeout: 60_000 }, (kind) => {
  const opened: EnquiryStore[] = [];
  afterEach(async () => Promise.all(opened.splice(0).map((s) => s.close())));
  async function setUp() {
    const s = (await kind.create())();
    opened.push(s);
    await s.migrate();
    const me = (await addUser(s.sql, 'desk@consultancy.test', 'x', T0, 'owner'))!;
    const other = (await addUser(s.sql, 'lead@consultancy.test', 'x', T0))!;
    return { s, me, other };
  }
  const refs = (items: Array<{ reference: string }>) => items.map((e) => e.reference);

  it('searches reference, name, company, e-mail, phone, WeChat id and message, in any case, Chinese too', async () => {
    const { s, me } = await setUp();
    const add = async (over: Parameters<typeof sampleEnquiry>[0], when: Date) => (await s.insert(sampleEnquiry(over), [], when)).enquiry;
    const a = await add({ name: 'Li Wei', company: 'Example Trading', email: 'LI.WEI@Example.com', phone: '+86 138-0000-0000' }, T0);
    const b = await add(
      {
        name: '王芳',
        company: '示例_科技',
        email: '',
        phone: '',
        wechat: 'wangfang_88',
        message: '我们的小程序需要备案吗？',
        result: null,
      },
      at(HOUR),
    );
    const c = await add(
      { name: 'Ann 100%', company: '', email: 'ann@example.org', message: 'Our SaaS platform has users in Shenzhen.' },
      at(2 * HOUR),
    );
    const find = async (q: string, over: Partial<QueueFilters> = {}) =>
      refs(await queueRows(s.sql, filters({ search: q, ...over }), me, at(3 * HOUR), null));
    expect(await find('trading')).toEqual([a.reference]);
    expect(await find('li.wei@example.COM')).toEqual([a.reference]);
    // The phone however it is typed.
    expect(await find('138 0000 0000')).toEqual([a.reference]);
    expect(await find('+8613800000000')).toEqual([a.reference]);
    expect(await find('WANGFANG_88')).toEqual([b.reference]);
    expect(await find('小程序')).toEqual([b.reference]);
    expect(await find('示例')).toEqual([b.reference]);
    expect(await find('saas shenzhen')).toEqual([c.reference]);
    expect(await find('saas beijing')).toEqual([]);
    expect(await find(b.reference.toLowerCase())).toEqual([b.reference]);
    // LIKE's wildcards are searched for as themselves.
    expect(await find('%')).toEqual([c.reference]);
    expect(await find('_')).toEqual([b.reference]);
    // Filters combine with the search and with each other.
    await changeStatus(s.sql, c.id, 'closed', me.email, at(3 * HOUR));
    await assignOwner(s.sql, a.id, me.id, me.email, at(3 * HOUR));
    expect(await find('example', { status: 'closed' })).toEqual([c.reference]);
    expect(await find('example', { owner: 'me' })).toEqual([a.reference]);
    expect(await find('', { owner: 'none', triage: 'none' })).toEqual([b.reference]);
    expect(await find('', { triage: 'blocked', status: 'new' })).toEqual([a.reference]);
  });

  it('puts overdue enquiries first, most overdue first, then the rest newest first', async () => {
    const { s, me } = await setUp();
    // Due by the end of the second working day after arrival (Asia/Shanghai): Friday's is due Tuesday night.
    const friday = (await s.insert(sampleEnquiry({ name: 'Friday' }), [], at(-3 * DAY))).enquiry;
    const thursday = (await s.insert(sampleEnquiry({ name: 'Thursday' }), [], at(-4 * DAY))).enquiry;
    const answered = (await s.insert(sampleEnquiry({ name: 'Answered' }), [], at(-5 * DAY))).enquiry;
    await changeStatus(s.sql, answered.id, 'answered', me.email, at(-DAY));
    const today = (await s.insert(sampleEnquiry({ name: 'Today' }), [], T0)).enquiry;
    // Wednesday 12:00 in Shanghai: Thursday's and Friday's... Thursday's was due Monday night, Friday's Tuesday night.
    const wednesday = at(2 * DAY + 2 * HOUR);
    const page = await queuePage(s.sql, filters(), me, wednesday);
    expect(page.items.map((e) => e.name)).toEqual(['Thursday', 'Friday', 'Today', 'Answered']);
    expect(page.overdue).toBe(2);
    expect(page.total).toBe(4);
    expect(refs((await queuePage(s.sql, filters({ overdue: true }), me, wednesday)).items)).toEqual([thursday.reference, friday.reference]);
    expect(today.reference).toBeTruthy();
  });

  it('pages by keyset, and new arrivals never shift a walk through the pages', async () => {
    const { s, me } = await setUp();
    for (let i = 0; i < 7; i++) await s.insert(sampleEnquiry({ name: `Old ${i}` }), [], at(-10 * DAY + i * HOUR));
    for (let i = 0; i < 8; i++) await s.insert(sampleEnquiry({ name: `New ${i}` }), [], at(i * 60_000));
    const now = at(HOUR);
    const seen: string[] = [];
    let f = filters();
    let pages = 0;
    for (;;) {
      const page = await queuePage(s.sql, f, me, now, 4);
      seen.push(...page.items.map((e) => e.name));
      pages++;
      // Enquiries arrive while staff read: they belong before the first page, not on the next one.
      await s.insert(sampleEnquiry({ name: `Arrived ${pages}` }), [], at(HOUR + pages * 1000));
      if (!page.next) break;
      f = { ...f, after: decodeCursor(page.next) };
    }
    expect(pages).toBe(4);
    // The seven old ones are overdue (most overdue first), then the new ones newest first; each exactly once.
    expect(seen).toEqual([...Array.from({ length: 7 }, (_, i) => `Old ${i}`), ...Array.from({ length: 8 }, (_, i) => `New ${7 - i}`)]);
    expect(decodeCursor('not a cursor')).toBeNull();
    expect(queueFilters({ after: 'garbage', owner: 'me', overdue: '1', status: 'nope' })).toMatchObject({
      after: null,
      owner: 'me',
      overdue: true,
      status: null,
    });
  });

  it('keeps the owner filter to real account ids', async () => {
    const { s, other } = await setUp();
    const e = (await s.insert(sampleEnquiry(), [], T0)).enquiry;
    await assignOwner(s.sql, e.id, other.id, 'desk', T0);
    const u: StaffUser = other;
    expect(refs(await queueRows(s.sql, filters({ owner: { id: other.id } }), u, T0, null))).toEqual([e.reference]);
    expect(queueFilters({ owner: "x' OR 1=1 --" }).owner).toBeNull();
  });
});
