import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { attachmentFor } from '@/lib/enquiries/attachment';
import { PageShell } from '@/components/page-shell';
import { EnquirySection } from '@/components/enquiry/enquiry-section';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/enquiry', 'enquiry.title', 'enquiry.metaDescription', true);
}

export default async function EnquiryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const attachment = attachmentFor(locale, (await searchParams).result);
  const query = attachment.kind === 'result' ? `result=${encodeURIComponent(attachment.path)}` : undefined;
  return (
    <PageShell locale={locale} path="/enquiry" query={query}>
      <EnquirySection locale={locale} attachment={attachment} />
    </PageShell>
  );
}
