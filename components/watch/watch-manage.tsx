import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { verdictLabel } from '@/lib/views/verdict-text';
import { getSite } from '@/lib/content/site';
import { PageHeading } from '@/components/page-heading';
import { Link } from '@/components/link';
import type { Locale } from '@/lib/i18n/routing';
import type { ManagePage } from '@/lib/watch/pages';
import { unsubscribeAction } from '@/lib/watch/action';
import { ActionButton, datesText, Done, Trouble } from './watch-parts';

/** The page listing what an address watches: each result with its language, dates and a Stop button, and Stop all. */
export async function WatchManage({ locale, view }: { locale: Locale; view: ManagePage }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  if (view.kind === 'bad-link' || view.kind === 'store-down') return <Trouble t={t} locale={locale} kind={view.kind} />;
  if (view.kind === 'none')
    return (
      <>
        <PageHeading title={t('watch.pages.manageTitle')} />
        <Done>{t('watch.pages.manageNone')}</Done>
      </>
    );
  return (
    <>
      <PageHeading title={t('watch.pages.manageTitle')} lead={t('watch.pages.manageLead', { address: view.address })} />
      {view.confirmed && <Done>{t('watch.pages.confirmedNotice')}</Done>}
      <ul className="mt-6 space-y-3">
        {view.results.map((r) => {
          const dates = datesText(t, locale, r.launch, r.granted);
          return (
            <li
              key={r.unsubscribeToken}
              className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 p-4"
            >
              <div>
                <p>
                  <Link href={r.href} className="font-mono text-brand-800 underline">
                    {r.code}
                  </Link>
                  {r.verdict && <span className="text-slate-800"> · {verdictLabel(t, r.verdict)}</span>}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {r.since
                    ? t('watch.pages.manageSince', {
                        date: format.dateTime(r.since, { dateStyle: 'long', timeZone: getSite().officeTimeZone }),
                      })
                    : t('watch.pages.managePending')}
                  {' · '}
                  {t('watch.pages.manageLanguage', { language: t(`enquiry.languages.${r.locale}`) })}
                  {' · '}
                  {dates ? t('watch.pages.manageRemindersFrom', { dates }) : t('watch.pages.manageNoReminders')}
                </p>
              </div>
              <ActionButton
                action={unsubscribeAction}
                fields={{ locale, t: r.unsubscribeToken, scope: 'one' }}
                label={t('watch.pages.stop')}
                tone="secondary"
              />
            </li>
          );
        })}
      </ul>
      <div className="mt-6">
        <ActionButton action={unsubscribeAction} fields={{ locale, t: view.addressToken, scope: 'all' }} label={t('watch.pages.stopAll')} />
      </div>
    </>
  );
}
