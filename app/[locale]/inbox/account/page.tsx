import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { listUsers } from '@/lib/inbox/store';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { AccountView } from '@/components/inbox/account-view';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/account', 'inbox.accountTitle', 'inbox.metaTitle', true);
}

export default async function InboxAccountPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const saved = (await searchParams).saved;
  const staff = user.role === 'owner' ? await listUsers((await enquiryService()).store.sql) : [];
  return (
    <InboxShell locale={locale} user={user} path="/inbox/account">
      <AccountView locale={locale} user={user} staff={staff} saved={typeof saved === 'string' ? saved : null} />
    </InboxShell>
  );
}
