import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import { manageLinkAction } from '@/lib/watch/action';
import { watchFormSetup } from '@/lib/watch/pages';
import { WatchForm } from './watch-form';
import { formLabels } from './watch-section';

/** The alerts' own page: how they work, and the form that sends an address the link to what it watches. */
export async function WatchIndex({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const setup = watchFormSetup();
  const { labels, errors } = formLabels(t);
  return (
    <>
      <PageHeading title={t('watch.pages.indexTitle')} lead={t('watch.pages.indexLead')} />
      <h2 className="mt-8 text-xl font-semibold text-slate-900">{t('watch.pages.howTitle')}</h2>
      <ol className="mt-2 max-w-3xl list-decimal space-y-1 pl-6 text-slate-800">
        {(['start', 'confirm', 'receive', 'stop'] as const).map((k) => (
          <li key={k}>{t(`watch.pages.how.${k}`)}</li>
        ))}
      </ol>
      <section aria-labelledby="watch-link" className="mt-8 max-w-3xl rounded-lg border border-slate-300 p-5">
        <h2 id="watch-link" className="text-xl font-semibold text-slate-900">
          {t('watch.pages.linkTitle')}
        </h2>
        {setup.unavailable ? (
          <p role="note" className="mt-2 text-slate-800">
            {t('watch.section.unavailable')}
          </p>
        ) : (
          <>
            <p className="mt-2 text-slate-700">{t('watch.pages.linkLead')}</p>
            <WatchForm
              action={manageLinkAction}
              id="watch-link-form"
              fields={[{ name: 'email', label: t('watch.section.email') }]}
              hidden={{ locale, key: setup.formKey }}
              labels={{ ...labels, submit: t('watch.pages.linkSubmit') }}
              errors={errors}
            />
          </>
        )}
      </section>
    </>
  );
}
