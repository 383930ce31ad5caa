import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { categories } from '@/lib/content/categories';
import { guides } from '@/lib/content/guides';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { CategoryCard } from '@/components/category-card';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '', 'home.title', 'meta.defaultDescription');
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
    <PageShell locale={locale} path="" wide>
      <section aria-labelledby="home-title" className="max-w-3xl">
        <p className="text-sm font-semibold text-brand-700">{t('eyebrow')}</p>
        <h1 id="home-title" className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {t('title')}
        </h1>
        <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={localePath(locale, '/assessment')} className="btn-primary">
            {t('ctaAssessment')}
          </Link>
          <Link href={localePath(locale, '/contact')} className="btn-secondary">
            {t('ctaContact')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="filing-title" className="mt-12 rounded-lg bg-brand-50 p-6">
        <h2 id="filing-title" className="text-xl font-semibold text-brand-900">
          {t('filingTitle')}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-800">
          <li>{t('filingIcp')}</li>
          <li>{t('filingLicence')}</li>
          <li>{t('filingEdi')}</li>
        </ul>
        <p className="mt-3 text-sm text-slate-600">{t('filingSource')}</p>
      </section>

      <section aria-labelledby="categories-title" className="mt-12">
        <h2 id="categories-title" className="text-2xl font-semibold text-slate-900">
          {t('categoriesTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('categoriesLead')}</p>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {categories.list(locale).map((entry) => (
            <CategoryCard key={entry.slug} locale={locale} slug={entry.slug} meta={entry.meta} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="guides-title" className="mt-12">
        <h2 id="guides-title" className="text-2xl font-semibold text-slate-900">
          {t('guidesTitle')}
        </h2>
        <p className="mt-2 text-slate-700">{t('guidesLead')}</p>
        <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {guides.list(locale).map((guide) => (
            <li key={guide.slug}>
              <Link href={localePath(locale, `/guides/${guide.slug}`)} className="text-brand-800 underline">
                {guide.meta.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-12 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="who-title">
          <h2 id="who-title" className="text-xl font-semibold text-slate-900">
            {t('whoTitle')}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700">
            <li>{t('who1')}</li>
            <li>{t('who2')}</li>
            <li>{t('who3')}</li>
          </ul>
        </section>
        <section aria-labelledby="contact-title" className="rounded-lg border border-slate-200 p-6">
          <h2 id="contact-title" className="text-xl font-semibold text-slate-900">
            {t('contactTitle')}
          </h2>
          <p className="mt-2 text-slate-700">{t('contactLead')}</p>
          <Link href={localePath(locale, '/contact')} className="btn-secondary mt-4">
            {t('ctaContact')}
          </Link>
        </section>
      </div>
    </PageShell>
  );
}
