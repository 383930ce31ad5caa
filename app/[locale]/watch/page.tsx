import type { Metadata } from 'next';
import { resolveLocale } from '@/lib/i18n/page';
import { messageMetadata } from '@/lib/seo';
import { PageShell } from '@/components/page-shell';
import { WatchIndex } from '@/components/watch/watch-index';

type Props = { params: Promise<{ locale: string }> };

// A fresh form key on every visit.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return messageMetadata(await resolveLocale(params), '/watch', 'watch.pages.indexTitle', 'watch.pages.indexMeta', true);
}

export default async function WatchPage({ params }: Props) {
  const locale = await resolveLocale(params);
  return (
    <PageShell locale={locale} path="/watch">
      <WatchIndex locale={locale} />
    </PageShell>
  );
}
