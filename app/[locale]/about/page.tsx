import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { AboutView } from '@/components/about-view';
import { ContactDetails } from '@/components/contact-details';

type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/about', 'about.title', 'about.metaDescription');
}

export default async function AboutPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="/about">
      <AboutView locale={locale} />
      <div className="mt-10">
        <ContactDetails locale={locale} />
      </div>
    </PageShell>
  );
}
