import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { AssessmentStart } from '@/components/questionnaire/assessment-start';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/assessment', 'wizard.startTitle', 'wizard.startLead', true);
}

export default async function AssessmentStartPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="/assessment">
      <AssessmentStart locale={locale} />
    </PageShell>
  );
}
