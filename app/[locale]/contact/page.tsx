import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { messagePageMetadata } from '@/lib/seo';
import { contactPageView } from '@/lib/contact-page';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { ResultLinkNotice } from '@/components/result-link-notice';
import { CallToAction } from '@/components/call-to-action';
import { ContactDetails } from '@/components/contact-details';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string | string[] }> };

export const generateMetadata = messagePageMetadata('/contact', 'contact.title', 'contact.lead');

export default async function ContactPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'contact' });
  const { result, query, enquiryHref } = contactPageView(locale, (await searchParams).result);
  return (
    <PageShell locale={locale} path="/contact" query={query}>
      <PageHeading title={t('title')} lead={t('lead')} />
      {result && <ResultLinkNotice title={t('resultTitle')} lead={t('resultLead')} path={result.path} url={result.url} />}
      <CallToAction id="ask" tone="strong" title={t('askTitle')} lead={t('askLead')} href={enquiryHref} label={t('askCta')} />
      <ContactDetails locale={locale} />
    </PageShell>
  );
}
