import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { confirmPage } from '@/lib/watch/pages';
import { PageShell } from '@/components/page-shell';
import { WatchConfirm } from '@/components/watch/watch-confirm';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/watch/confirm', 'watch.pages.confirmTitle', 'watch.pages.indexMeta', true);
}

// Reached by a signed link: opening it shows what the button would do and changes nothing.
export default async function WatchConfirmPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const view = await confirmPage(locale, query);
  const token = typeof query.t === 'string' ? `t=${encodeURIComponent(query.t)}` : undefined;
  return (
    <PageShell locale={locale} path="/watch/confirm" query={token}>
      <WatchConfirm locale={locale} view={view} />
    </PageShell>
  );
}
