import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { EnquirySent } from '@/components/enquiry/enquiry-sent';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ ref?: string | string[] }> };

// Only a reference in the shape the store makes is shown back; anything else is left out, never echoed.
const REFERENCE = /^E-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/enquiry/sent', 'enquiry.sentTitle', 'enquiry.sentMetaDescription', true);
}

export default async function EnquirySentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ref = (await searchParams).ref;
  const reference = typeof ref === 'string' && REFERENCE.test(ref) ? ref : null;
  return (
    <PageShell locale={locale} path="/enquiry/sent" query={reference ? `ref=${reference}` : undefined}>
      <EnquirySent locale={locale} reference={reference} />
    </PageShell>
  );
}
