import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { PageShell } from '@/components/page-shell';
import { NotFoundContent } from '@/components/not-found-content';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

// Any unknown path under a locale. The proxy has set status 404; rendering the content here rather than
// calling notFound() keeps it in the server HTML (notFound() streams an empty shell: vercel/next.js#62228).
export default async function CatchAll({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="">
      <NotFoundContent locale={locale} />
    </PageShell>
  );
}
