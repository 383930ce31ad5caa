import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { EnquirySent } from '@/components/enquiry/enquiry-sent';
import { confirmedReference } from '@/lib/enquiries/sent';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ ref?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/enquiry/sent', 'enquiry.sentTitle', 'enquiry.sentMetaDescription', true);
}

export default async function EnquirySentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Shown only when stored; the page is otherwise the same for a guessed reference (lib/enquiries/sent.ts).
  const reference = await confirmedReference((await searchParams).ref);
  return (
    <PageShell locale={locale} path="/enquiry/sent" query={reference ? `ref=${reference}` : undefined}>
      <EnquirySent locale={locale} reference={reference} />
    </PageShell>
  );
}
