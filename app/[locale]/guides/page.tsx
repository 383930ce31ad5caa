import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { guides } from '@/lib/content/guides';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { GuideList } from '@/components/guide-list';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('/guides', 'guides.title', 'guides.lead');

export default async function GuidesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'guides' });
  return (
    <PageShell locale={locale} path="/guides">
      <PageHeading title={t('title')} lead={t('lead')} />
      <GuideList locale={locale} guides={guides.list(locale)} />
    </PageShell>
  );
}
