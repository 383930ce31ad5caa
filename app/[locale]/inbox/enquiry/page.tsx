import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { enquiryService } from '@/lib/enquiries/service';
import { requireStaff } from '@/lib/inbox/session';
import { enquiryDetail } from '@/lib/inbox/views';
import { InboxShell } from '@/components/inbox/inbox-shell';
import { EnquiryView } from '@/components/inbox/enquiry-view';
import { EnquiryNotFound } from '@/components/inbox/enquiry-not-found';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/inbox/enquiry', 'inbox.title', 'inbox.metaTitle', true);
}

export default async function InboxEnquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaff(locale);
  const query = await searchParams;
  const ref = (one(query.ref) ?? '').slice(0, 20);
  const detail = ref ? await enquiryDetail((await enquiryService()).store.sql, ref, locale) : null;
  return (
    <InboxShell locale={locale} user={user} path="/inbox/enquiry" query={ref ? `ref=${encodeURIComponent(ref)}` : undefined}>
      {detail ? (
        <EnquiryView locale={locale} detail={detail} saved={one(query.saved)} now={new Date()} />
      ) : (
        <EnquiryNotFound locale={locale} />
      )}
    </InboxShell>
  );
}
