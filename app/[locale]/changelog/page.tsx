import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { changelog } from '@/lib/assessment/changelog';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { ChangelogList } from '@/components/changelog-list';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/changelog', 'ruleChanges.changelog.title', 'ruleChanges.changelog.lead');
}

export default async function ChangelogPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'ruleChanges.changelog' });
  return (
    <PageShell locale={locale} path="/changelog">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 max-w-3xl text-lg text-slate-700">{t('lead')}</p>
      <ChangelogList locale={locale} entries={changelog()} />
    </PageShell>
  );
}
