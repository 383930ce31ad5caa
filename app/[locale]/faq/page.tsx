import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { faqJsonLd, loadFaq } from '@/lib/content/faq';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { FaqList } from '@/components/faq-list';
import { JsonLd } from '@/components/json-ld';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('/faq', 'faq.title', 'faq.lead');

export default async function FaqPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'faq' });
  const entries = await loadFaq(locale);
  return (
    <PageShell locale={locale} path="/faq">
      <PageHeading title={t('title')} lead={t('lead')} />
      <FaqList locale={locale} entries={entries} readGuide={(guide) => t('readGuide', { guide })} />
      <JsonLd data={faqJsonLd(entries.map((entry) => entry.item))} />
    </PageShell>
  );
}
