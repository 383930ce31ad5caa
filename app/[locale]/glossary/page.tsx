import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { getGlossary } from '@/lib/content/data-files';
import { pageTitleFor } from '@/lib/site-pages';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/glossary', 'glossary.title', 'glossary.lead');
}

export default async function GlossaryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  const terms = getGlossary();
  return (
    <PageShell locale={locale} path="/glossary">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('glossary.title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('glossary.lead')}</p>
      <dl className="mt-8 divide-y divide-slate-200">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-4 py-5">
            <dt>
              <span lang="zh-CN" className="text-xl font-semibold text-slate-900">
                {term.zh}
              </span>{' '}
              <span className="text-slate-600">
                <span className="sr-only">{t('glossary.pinyin')} </span>
                <span lang="zh-Latn-pinyin">{term.pinyin}</span>
              </span>
              <span className="block font-medium text-slate-800" lang="en">
                {term.en}
              </span>
            </dt>
            <dd className="mt-2 text-slate-700">{term.meaning[locale]}</dd>
            <dd className="mt-2 text-sm">
              <span className="text-slate-600">{t('glossary.seeAlso')} </span>
              {term.links.map((link, i) => (
                <span key={link}>
                  {i > 0 && ' · '}
                  <Link href={localePath(locale, link)} className="text-brand-800 underline">
                    {pageTitleFor(locale, link, t)}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </PageShell>
  );
}
