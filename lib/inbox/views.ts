import {
  deletionLog,
  deletionPlan,
  heldElsewhere,
  personEnquiries,
  personOf,
  type DeletionEntry,
  type DeletionPlan,
} from '@/lib/enquiries/person-data';
import { toDelivery, type DeliveryRow } from '@/lib/enquiries/store/rows';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import type { Delivery } from '@/lib/enquiries/types';
import type { Locale } from '@/lib/i18n/routing';
import { enquiryDates, history, inboxEnquiry, OPEN_STATUSES, type EnquiryEvent, type InboxEnquiry } from './case-store';
import { addCounts, countTotals } from './counts-store';
import { restorePendingCounts, takePendingCounts } from './counts';
import { listUsers, type StaffUser } from './store';
import { triageOf, type Triage } from './triage';
import { visitorCase, type VisitorCase } from './visitor-case';
import { watchCounts, type WatchCounts } from '@/lib/watch/store';

export type EnquiryDetail = {
  enquiry: InboxEnquiry;
  triage: Triage;
  /** The attached result as the visitor saw it; null when none was sent (or its version is unknown here). */
  visitorCase: VisitorCase | null;
  deliveries: Delivery[];
  history: EnquiryEvent[];
  /** Who it can be given to. */
  staff: StaffUser[];
  /** How many enquiries the same person (e-mail or phone) has sent, this one included. */
  personEnquiries: number;
  /** What else the site holds about the person (their e-mail alerts about results), deleted with the person. */
  elsewhere: Array<{ name: string; count: number }>;
};

/** Everything an enquiry's page shows. */
export async function enquiryDetail(sql: SqlRunner, reference: string, locale: Locale): Promise<EnquiryDetail | null> {
  const enquiry = await inboxEnquiry(sql, reference);
  if (!enquiry) return null;
  const deliveries = await sql.all<DeliveryRow>(`SELECT * FROM deliveries WHERE enquiry_id = ? ORDER BY id`, [enquiry.id]);
  return {
    enquiry,
    triage: triageOf(enquiry),
    visitorCase: enquiry.result ? visitorCase(locale, enquiry.result) : null,
    deliveries: deliveries.map(toDelivery),
    history: await history(sql, enquiry.id),
    staff: await listUsers(sql),
    personEnquiries: (await personEnquiries(sql, personOf(enquiry))).length || 1,
    elsewhere: await heldElsewhere(sql, personOf(enquiry)),
  };
}

export const DASHBOARD_DAYS = 30;
export const DASHBOARD_WEEKS = 12;

export type Dashboard = {
  started: number;
  finished: number;
  byVerdict: Array<{ key: string; count: number }>;
  byObligation: Array<{ key: string; count: number }>;
  /** Monday (UTC) of each of the last weeks, oldest first, with the enquiries received in it. */
  enquiriesByWeek: Array<{ week: string; count: number }>;
  /** Enquiries waiting for a reply, those of them past their due time, and those nobody owns. */
  open: { total: number; overdue: number; unassigned: number };
  /** The latest deletions (who deleted which reference, when). */
  deletions: DeletionEntry[];
  /** E-mail alerts about results (lib/watch): counts only, never addresses. */
  alerts: WatchCounts;
};

const day = (d: Date) => d.toISOString().slice(0, 10);
function mondayOf(d: Date): Date {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday;
}

async function openCounts(sql: SqlRunner, now: Date): Promise<Dashboard['open']> {
  const open = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
  const [row] = await sql.all<{ total: number | string; overdue: number | string | null; unassigned: number | string | null }>(
    `SELECT COUNT(*) AS total,
            SUM(CASE WHEN due_at IS NOT NULL AND due_at < ? THEN 1 ELSE 0 END) AS overdue,
            SUM(CASE WHEN owner_id IS NULL THEN 1 ELSE 0 END) AS unassigned
       FROM enquiries WHERE ${open}`,
    [now],
  );
  return { total: Number(row?.total ?? 0), overdue: Number(row?.overdue ?? 0), unassigned: Number(row?.unassigned ?? 0) };
}

/** The staff dashboard: this server's pending counts are written first, so the figures are up to date. */
export async function dashboard(sql: SqlRunner, now = new Date()): Promise<Dashboard> {
  const pending = takePendingCounts();
  await addCounts(sql, pending).catch((error: unknown) => {
    restorePendingCounts(pending);
    throw error;
  });
  const totals = await countTotals(sql, day(new Date(now.getTime() - (DASHBOARD_DAYS - 1) * 86_400_000)));
  const of = (metric: string) => totals.filter((t) => t.metric === metric).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const firstWeek = mondayOf(new Date(now.getTime() - (DASHBOARD_WEEKS - 1) * 7 * 86_400_000));
  const weeks = Array.from({ length: DASHBOARD_WEEKS }, (_, i) => day(new Date(firstWeek.getTime() + i * 7 * 86_400_000)));
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const d of await enquiryDates(sql, firstWeek)) {
    const w = day(mondayOf(d));
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return {
    started: of('started')[0]?.count ?? 0,
    finished: of('finished')[0]?.count ?? 0,
    byVerdict: of('verdict').map(({ key, count }) => ({ key, count })),
    byObligation: of('obligation').map(({ key, count }) => ({ key, count })),
    enquiriesByWeek: weeks.map((week) => ({ week, count: counts.get(week) ?? 0 })),
    open: await openCounts(sql, now),
    deletions: await deletionLog(sql, 20),
    alerts: await watchCounts(sql),
  };
}

export type DeletionView = { reference: string; scope: 'enquiry' | 'person'; plan: DeletionPlan };

/** What the deletion page asks to confirm: one enquiry, or every enquiry of its sender; null when the reference is unknown. */
export async function deletionView(sql: SqlRunner, reference: string, scope: string): Promise<DeletionView | null> {
  const enquiry = await inboxEnquiry(sql, reference);
  if (!enquiry) return null;
  const kind = scope === 'person' ? 'person' : 'enquiry';
  const plan = await deletionPlan(sql, kind === 'person' ? { kind, person: personOf(enquiry) } : { kind, reference });
  return { reference, scope: kind, plan };
}
