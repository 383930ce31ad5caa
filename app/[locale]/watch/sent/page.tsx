import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { sentPage } from '@/lib/watch/pages';
import { PageShell } from '@/components/page-shell';
import { WatchSent } from '@/components/watch/watch-sent';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/watch/sent', 'watch.pages.sentTitle', 'watch.pages.indexMeta', true);
}

export default async function WatchSentPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const view = sentPage(locale, await searchParams);
  return (
    <PageShell locale={locale} path="/watch/sent" query={view.query}>
      <WatchSent locale={locale} view={view} />
    </PageShell>
  );
}
