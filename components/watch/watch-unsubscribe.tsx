import { getTranslations } from 'next-intl/server';
import { verdictLabel } from '@/lib/views/verdict-text';
import { PageHeading } from '@/components/page-heading';
import { Link } from '@/components/link';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { UnsubscribePage } from '@/lib/watch/pages';
import { unsubscribeAction } from '@/lib/watch/action';
import { ActionButton, Done, Trouble } from './watch-parts';

/** The unsubscribe page: stop this result's e-mails, or all of the address's, with one press. */
export async function WatchUnsubscribe({ locale, view }: { locale: Locale; view: UnsubscribePage }) {
  const t = await getTranslations({ locale });
  if (view.kind === 'bad-link' || view.kind === 'store-down') return <Trouble t={t} locale={locale} kind={view.kind} />;
  if (view.kind === 'done' || view.kind === 'gone')
    return (
      <>
        <PageHeading title={t('watch.pages.unsubscribeTitle')} />
        <Done>{t(view.kind === 'done' && view.scope === 'one' ? 'watch.pages.stoppedOne' : 'watch.pages.stoppedAll')}</Done>
        <p className="mt-6">
          <Link href={localePath(locale, '')} className="text-brand-800 underline">
            {t('nav.home')}
          </Link>
        </p>
      </>
    );
  return (
    <>
      <PageHeading
        title={t('watch.pages.unsubscribeTitle')}
        lead={t(view.kind === 'subscription' ? 'watch.pages.unsubscribeOneLead' : 'watch.pages.unsubscribeAllLead', {
          address: view.address,
        })}
      />
      {view.kind === 'subscription' && (
        <p className="mt-3">
          <Link href={view.result.href} className="text-brand-800 underline">
            {t('watch.pages.openResult')}
          </Link>
          {view.result.verdict && <span className="text-slate-700"> · {verdictLabel(t, view.result.verdict)}</span>}
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-4">
        {view.kind === 'subscription' && (
          <ActionButton action={unsubscribeAction} fields={{ locale, t: view.token, scope: 'one' }} label={t('watch.pages.stopOne')} />
        )}
        <ActionButton
          action={unsubscribeAction}
          fields={{ locale, t: view.addressToken, scope: 'all' }}
          label={t('watch.pages.stopAll')}
          tone={view.kind === 'subscription' ? 'secondary' : 'primary'}
        />
      </div>
    </>
  );
}
