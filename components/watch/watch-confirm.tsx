import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import { Link } from '@/components/link';
import type { Locale } from '@/lib/i18n/routing';
import type { ConfirmPage } from '@/lib/watch/pages';
import { confirmAction } from '@/lib/watch/action';
import { ActionButton, datesText, Trouble } from './watch-parts';

/** The confirmation page: the address, the result and the dates, and the button that starts the e-mails. */
export async function WatchConfirm({ locale, view }: { locale: Locale; view: ConfirmPage }) {
  const t = await getTranslations({ locale });
  if (view.kind === 'bad-link' || view.kind === 'store-down' || view.kind === 'expired')
    return <Trouble t={t} locale={locale} kind={view.kind} />;
  if (view.kind === 'confirmed')
    return (
      <>
        <PageHeading title={t('watch.pages.confirmTitle')} lead={t('watch.pages.confirmedNotice')} />
        <p className="mt-6">
          <Link href={view.manageHref} className="text-brand-800 underline">
            {t('watch.pages.indexTitle')}
          </Link>
        </p>
      </>
    );
  const dates = datesText(t, locale, view.launch, view.granted);
  return (
    <>
      <PageHeading title={t('watch.pages.confirmTitle')} lead={t('watch.pages.confirmLead', { address: view.address })} />
      <ul className="mt-4 space-y-1 text-slate-800">
        <li>
          <Link href={view.resultHref} className="text-brand-800 underline">
            {t('watch.pages.openResult')}
          </Link>
        </li>
        <li>{dates ? t('watch.pages.confirmDates', { dates }) : t('watch.pages.confirmNoDates')}</li>
      </ul>
      <div className="mt-6">
        <ActionButton action={confirmAction} fields={{ locale, t: view.token }} label={t('watch.pages.confirmButton')} />
      </div>
    </>
  );
}
