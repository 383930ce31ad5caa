import { Link } from '@/components/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { localePath } from '@/lib/i18n/paths';
import { guides } from '@/lib/content/guides';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/guides', 'guides.title', 'guides.lead');
}

export default async function GuidesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'guides' });
  return (
    <PageShell locale={locale} path="/guides">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      <ul className="mt-8 space-y-4">
        {guides.list(locale).map((guide) => (
          <li key={guide.slug} className="relative rounded-lg border border-slate-200 p-5 hover:border-brand-600">
            <h2 className="text-lg font-semibold text-slate-900">
              <Link
                href={localePath(locale, `/guides/${guide.slug}`)}
                className="no-underline after:absolute after:inset-0 hover:underline"
              >
                {guide.meta.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{guide.meta.summary}</p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
