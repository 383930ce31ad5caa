import { decodeAnswers, type Answers } from '@/lib/assessment';
import { toDelivery, type DeliveryRow } from '@/lib/enquiries/store/rows';
import type { SqlRunner } from '@/lib/enquiries/store/store';
import type { Delivery } from '@/lib/enquiries/types';
import { takePendingCounts, restorePendingCounts } from './counts';
import {
  addCounts,
  countTotals,
  enquiryDates,
  history,
  inboxEnquiry,
  isEnquiryStatus,
  queue,
  type EnquiryEvent,
  type EnquiryStatus,
  type InboxEnquiry,
} from './store';
import { isTriageId, triageOf, type Triage, type TriageId } from './triage';

export const PAGE_SIZE = 25;

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The queue's filters, read from its GET form; anything unknown is dropped. */
export type QueueFilters = { status: EnquiryStatus | null; triage: TriageId | null; search: string; page: number };

export function queueFilters(params: Params): QueueFilters {
  const status = one(params.status);
  const triage = one(params.triage);
  const page = Number(one(params.page));
  return {
    status: isEnquiryStatus(status) ? status : null,
    triage: isTriageId(triage) ? triage : null,
    search: one(params.q).trim().slice(0, 200),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string of a set of filters (for the pager and the export links); empty values left out. */
export function filterQuery(filters: QueueFilters, overrides: Partial<Record<'page' | 'format', string>> = {}): string {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.triage) query.set('triage', filters.triage);
  if (filters.search) query.set('q', filters.search);
  for (const [key, value] of Object.entries(overrides)) if (value) query.set(key, value);
  return query.toString();
}

export type QueueItem = InboxEnquiry & { triage: Triage };

/** The enquiries the filters select, newest first (every page, for the export). */
export async function selectedEnquiries(sql: SqlRunner, filters: QueueFilters): Promise<QueueItem[]> {
  const rows = await queue(sql, { status: filters.status ?? undefined, search: filters.search });
  const items = rows.map((e) => ({ ...e, triage: triageOf(e) }));
  return filters.triage ? items.filter((e) => e.triage.id === filters.triage) : items;
}

export type QueuePage = { items: QueueItem[]; total: number; page: number; pages: number };

export async function queuePage(sql: SqlRunner, filters: QueueFilters): Promise<QueuePage> {
  const all = await selectedEnquiries(sql, filters);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  return { items: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: all.length, page, pages };
}

export type EnquiryDetail = {
  enquiry: QueueItem;
  /** The stored answers read back for the result report (as the result page reads them). */
  answers: Answers;
  deliveries: Delivery[];
  history: EnquiryEvent[];
};

export async function enquiryDetail(sql: SqlRunner, reference: string): Promise<EnquiryDetail | null> {
  const enquiry = await inboxEnquiry(sql, reference);
  if (!enquiry) return null;
  const deliveries = await sql.all<DeliveryRow>(`SELECT * FROM deliveries WHERE enquiry_id = ? ORDER BY id`, [enquiry.id]);
  return {
    enquiry: { ...enquiry, triage: triageOf(enquiry) },
    answers: enquiry.result ? decodeAnswers(enquiry.result.answers).answers : {},
    deliveries: deliveries.map(toDelivery),
    history: await history(sql, enquiry.id),
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
};

const day = (d: Date) => d.toISOString().slice(0, 10);
function mondayOf(d: Date): Date {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday;
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
  };
}
