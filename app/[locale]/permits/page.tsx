import { resolveLocale } from '@/lib/i18n/page';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { PermitCatalogue } from '@/components/explore/permit-catalogue';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('/permits', 'explore.permits.title', 'explore.permits.lead');

// The permit catalogue: every obligation the assessment can name, browsed without answering a question.
export default async function PermitsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="/permits" wide>
      <PermitCatalogue locale={locale} />
    </PageShell>
  );
}
