import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { CategoryCard } from '@/components/category-card';
import { CallToAction } from '@/components/call-to-action';
import type { Entry } from '@/lib/content/collection';
import type { CategoryMeta, GuideMeta } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface HomeContentProps {
  locale: Locale;
}

interface HomeSectionProps {
  id: string;
  title: string;
  lead: string;
  children: ReactNode;
}

// A home-page section with its heading and a line under it.
function HomeSection({ id, title, lead, children }: HomeSectionProps) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-2 text-slate-700">{lead}</p>
      {children}
    </section>
  );
}

/** The home page's opening: what the site answers, and the two ways on (the assessment, a consultant). */
export async function HomeHero({ locale }: HomeContentProps) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
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
  );
}

/** Filing, licence, EDI: the three things the site tells apart, in one box. */
export async function FilingSummary({ locale }: HomeContentProps) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
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
  );
}

export interface CategoryOverviewProps extends HomeContentProps {
  categories: readonly Entry<CategoryMeta>[];
}

/** A card for each of the five B25 sub-categories. */
export async function CategoryOverview({ locale, categories }: CategoryOverviewProps) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
    <HomeSection id="categories-title" title={t('categoriesTitle')} lead={t('categoriesLead')}>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((entry) => (
          <CategoryCard key={entry.slug} locale={locale} slug={entry.slug} meta={entry.meta} />
        ))}
      </ul>
    </HomeSection>
  );
}

export interface GuideOverviewProps extends HomeContentProps {
  guides: readonly Entry<GuideMeta>[];
}

/** The guides, as a list of links. */
export async function GuideOverview({ locale, guides }: GuideOverviewProps) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
    <HomeSection id="guides-title" title={t('guidesTitle')} lead={t('guidesLead')}>
      <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {guides.map((guide) => (
          <li key={guide.slug}>
            <Link href={localePath(locale, `/guides/${guide.slug}`)} className="text-brand-800 underline">
              {guide.meta.title}
            </Link>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}

/** Who the site is for, beside the way to the consultancy. */
export async function HomeAudience({ locale }: HomeContentProps) {
  const t = await getTranslations({ locale, namespace: 'home' });
  return (
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
      <CallToAction
        id="contact-title"
        tone="plain"
        flush
        title={t('contactTitle')}
        lead={t('contactLead')}
        href={localePath(locale, '/contact')}
        label={t('ctaContact')}
      />
    </div>
  );
}
