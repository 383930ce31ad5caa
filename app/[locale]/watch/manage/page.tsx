import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { managePage } from '@/lib/watch/pages';
import { PageShell } from '@/components/page-shell';
import { WatchManage } from '@/components/watch/watch-manage';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/watch/manage', 'watch.pages.manageTitle', 'watch.pages.indexMeta', true);
}

// Reached by a signed link: opening it shows what the button would do and changes nothing.
export default async function WatchManagePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const view = await managePage(locale, query);
  const token = typeof query.t === 'string' ? `t=${encodeURIComponent(query.t)}` : undefined;
  return (
    <PageShell locale={locale} path="/watch/manage" query={token}>
      <WatchManage locale={locale} view={view} />
    </PageShell>
  );
}
