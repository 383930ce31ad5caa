import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { filterQuery, queueFilters, queuePage } from '@/lib/inbox/queue';
import { listUsers } from '@/lib/inbox/store';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { QueueView } from '@/components/inbox/queue-view';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox', 'inbox.title', 'inbox.metaTitle', true);
}

export default async function InboxPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const query = await searchParams;
  const filters = queueFilters(query);
  const { sql } = (await enquiryService()).store;
  const page = await queuePage(sql, filters, user, new Date());
  const deleted = typeof query.deleted === 'string' && /^\d{1,5}$/.test(query.deleted) ? Number(query.deleted) : null;
  return (
    <InboxShell locale={locale} user={user} path="/inbox" query={filterQuery(filters) || undefined}>
      <QueueView locale={locale} filters={filters} page={page} staff={await listUsers(sql)} deleted={deleted} />
    </InboxShell>
  );
}
