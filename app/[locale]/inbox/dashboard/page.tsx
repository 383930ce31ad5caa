import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { dashboard } from '@/lib/inbox/views';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { DashboardView } from '@/components/inbox/dashboard-view';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/dashboard', 'inbox.dashboardTitle', 'inbox.metaTitle', true);
}

export default async function InboxDashboardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const data = await dashboard((await enquiryService()).store.sql);
  return (
    <InboxShell locale={locale} user={user} path="/inbox/dashboard">
      <DashboardView locale={locale} data={data} />
    </InboxShell>
  );
}
