import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import { Link } from '@/components/link';
import type { Locale } from '@/lib/i18n/routing';
import type { sentPage } from '@/lib/watch/pages';

/** "Check your inbox": what happens next, without saying whether the address was already known. */
export async function WatchSent({ locale, view }: { locale: Locale; view: ReturnType<typeof sentPage> }) {
  const t = await getTranslations({ locale });
  return (
    <>
      <PageHeading title={t('watch.pages.sentTitle')} lead={t(view.forLink ? 'watch.pages.sentManageLead' : 'watch.pages.sentLead')} />
      {!view.forLink && <p className="mt-4 max-w-3xl text-slate-700">{t('watch.pages.sentNothing', { days: view.days })}</p>}
      <p className="mt-4 max-w-3xl text-slate-700">{t('watch.pages.sentSpam')}</p>
      {view.resultHref && (
        <p className="mt-8">
          <Link href={view.resultHref} className="btn-secondary">
            {t('watch.pages.backToResult')}
          </Link>
        </p>
      )}
    </>
  );
}
