import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { getGlossary } from '@/lib/content/data-files';
import { pageTitleFor } from '@/lib/site-pages';
import { messagePageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { PageHeading } from '@/components/page-heading';
import { GlossaryList } from '@/components/glossary-list';

type Props = { params: Promise<{ locale: string }> };

// Only the locales from the layout's generateStaticParams: any other value is a 404, never a new cached page.
export const dynamicParams = false;

export const generateMetadata = messagePageMetadata('/glossary', 'glossary.title', 'glossary.lead');

export default async function GlossaryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale });
  return (
    <PageShell locale={locale} path="/glossary">
      <PageHeading title={t('glossary.title')} lead={t('glossary.lead')} />
      <GlossaryList
        locale={locale}
        terms={getGlossary()}
        labels={{ pinyin: t('glossary.pinyin'), seeAlso: t('glossary.seeAlso') }}
        pageTitle={(link) => pageTitleFor(locale, link, t)}
      />
    </PageShell>
  );
}
