import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { getFaq } from '@/lib/content/data-files';
import { guides } from '@/lib/content/guides';
import { compileMdx } from '@/lib/content/mdx';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { JsonLd } from '@/components/json-ld';
import { mdxComponents } from '@/components/mdx-components';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/faq', 'faq.title', 'faq.lead');
}

export default async function FaqPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'faq' });
  const items = getFaq(locale);
  const answers = await Promise.all(items.map((item) => compileMdx(item.answer, `content/${locale}/faq.yaml#${item.id}`)));
  return (
    <PageShell locale={locale} path="/faq">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      <div className="mt-8 divide-y divide-slate-200">
        {items.map((item, i) => {
          const Answer = answers[i]!;
          const guide = guides.get(locale, item.guide);
          return (
            <section key={item.id} id={item.id} aria-labelledby={`${item.id}-q`} className="scroll-mt-4 py-6">
              <h2 id={`${item.id}-q`} className="text-xl font-semibold text-slate-900">
                {item.question}
              </h2>
              <div className="prose prose-slate mt-2 max-w-none prose-a:text-brand-800">
                <Answer components={mdxComponents} />
              </div>
              {guide && (
                <p className="mt-2 text-sm">
                  <Link href={localePath(locale, `/guides/${guide.slug}`)} className="text-brand-800 underline">
                    {t('readGuide', { guide: guide.meta.title })}
                  </Link>
                </p>
              )}
            </section>
          );
        })}
      </div>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: items.map((item) => ({
            '@type': 'Question',
            name: item.question,
            acceptedAnswer: { '@type': 'Answer', text: item.answer.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*/g, '') },
          })),
        }}
      />
    </PageShell>
  );
}
