import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { deletionView } from '@/lib/inbox/views';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { DeleteView } from '@/components/inbox/delete-view';
import { EnquiryNotFound } from '@/components/inbox/enquiry-not-found';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/delete', 'inbox.deleteTitle', 'inbox.metaTitle', true);
}

// The confirmation before deleting one enquiry, or every enquiry of its sender (a request under PIPL art. 47).
export default async function InboxDeletePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const query = await searchParams;
  const ref = one(query.ref).slice(0, 20);
  const view = ref ? await deletionView((await enquiryService()).store.sql, ref, one(query.scope)) : null;
  const self = view ? `ref=${encodeURIComponent(ref)}&scope=${view.scope}` : undefined;
  return (
    <InboxShell locale={locale} user={user} path="/inbox/delete" query={self}>
      {view ? <DeleteView locale={locale} view={view} /> : <EnquiryNotFound locale={locale} />}
    </InboxShell>
  );
}
