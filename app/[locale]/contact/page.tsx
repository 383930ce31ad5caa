import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { messageMetadata } from '@/lib/seo';
import { resultOfLink } from '@/lib/wizard/result';
import { PageShell } from '@/components/page-shell';
import { ContactDetails } from '@/components/contact-details';
import { getSite } from '@/lib/content/site';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/contact', 'contact.title', 'contact.lead');
}

export default async function ContactPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'contact' });
  // A result link arrives from a result page; anything else in `result` is ignored.
  const result = resultOfLink(locale, (await searchParams).result)?.href ?? null;
  const resultUrl = result ? `${getSite().siteUrl}${result}` : null;
  return (
    <PageShell locale={locale} path="/contact" query={result ? `result=${encodeURIComponent(result)}` : undefined}>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      {result && resultUrl && (
        <section aria-labelledby="your-result" className="mt-6 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-5">
          <h2 id="your-result" className="text-lg font-semibold text-slate-900">
            {t('resultTitle')}
          </h2>
          <p className="mt-1 text-slate-700">{t('resultLead')}</p>
          <p className="mt-2 break-all">
            <Link href={result} className="text-brand-800 underline">
              {resultUrl}
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="ask" className="mt-8 rounded-lg bg-brand-800 p-6 text-white">
        <h2 id="ask" className="text-2xl font-semibold">
          {t('askTitle')}
        </h2>
        <p className="mt-2 text-brand-50">{t('askLead')}</p>
        <Link
          href={`${localePath(locale, '/enquiry')}${result ? `?result=${encodeURIComponent(result)}` : ''}`}
          className="mt-4 inline-flex rounded-md bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-50"
        >
          {t('askCta')}
        </Link>
      </section>
      <div className="mt-8">
        <ContactDetails locale={locale} />
      </div>
    </PageShell>
  );
}
