import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { HOW_IT_DECIDES_PATH, howItDecides } from '@/lib/explore/how-it-decides';
import { PageShell } from '@/components/page-shell';
import { HowItDecidesBody } from '@/components/explore/how-it-decides';

type Props = { params: Promise<{ locale: string }> };

// Static: generated at build time from the questions and rules, in every locale of the layout.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), HOW_IT_DECIDES_PATH, 'explore.howItDecides.title', 'explore.howItDecides.rulesLead');
}

export default async function HowItDecidesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path={HOW_IT_DECIDES_PATH}>
      <HowItDecidesBody locale={locale} data={howItDecides()} />
    </PageShell>
  );
}
