import { getTranslations } from 'next-intl/server';
import type { Translator } from '@/lib/i18n/plain-translator';
import type { Locale } from '@/lib/i18n/routing';
import { planOf } from '@/lib/assessment/plan';
import type { ResultView } from '@/lib/views/result';
import { subscribeAction } from '@/lib/watch/action';
import { DUTY_CALENDAR } from '@/lib/watch/calendar-duties';
import { watchFormSetup } from '@/lib/watch/pages';
import { WatchForm, type WatchFormField } from './watch-form';

const ERROR_KEYS = ['emailRequired', 'emailInvalid', 'emailControl', 'tooLong', 'dateInvalid', 'dateRange', 'staleForm'] as const;

/** The messages every form of the alerts shows: its labels and its errors, in the page's language. */
export function formLabels(t: Translator) {
  return {
    labels: {
      submit: t('watch.section.submit'),
      sending: t('watch.section.sending'),
      required: t('watch.section.required'),
      honeypot: t('watch.section.honeypot'),
      summaryTitle: t('watch.section.errorSummaryTitle'),
      summaryLead: t('watch.section.errorSummaryLead'),
      colon: t('watch.mail.colonSpaced'),
    },
    errors: Object.fromEntries(ERROR_KEYS.map((k) => [k, t(`watch.section.errors.${k}`)])),
  };
}

/**
 * "E-mail me this result and tell me when it changes", on a result page: the address, the dates its dated duties
 * count from (only those it has), and a plain statement of what is sent, how often and how to stop. When the site
 * cannot send e-mail, or its address is still a placeholder, it says so instead of taking addresses.
 */
export async function WatchSection({ locale, view }: { locale: Locale; view: ResultView }) {
  const t = await getTranslations({ locale });
  const setup = watchFormSetup();
  const asked = DUTY_CALENDAR.datesAsked(planOf(view.classification, view.answers));
  const fields: WatchFormField[] = [
    { name: 'email', label: t('watch.section.email'), hint: t('watch.section.emailHint') },
    ...asked.map((d) => ({ name: d, label: t(`watch.section.${d}`), hint: t(`watch.section.${d}Hint`) })),
  ];
  const what = ['result', 'changes', ...(asked.length > 0 ? ['reminders'] : []), 'stop'] as const;
  const { labels, errors } = formLabels(t);
  return (
    <section aria-labelledby="watch" className="no-print mt-8 rounded-lg border border-slate-300 p-5">
      <h2 id="watch" className="text-xl font-semibold text-slate-900">
        {t('watch.section.title')}
      </h2>
      {setup.unavailable ? (
        <div role="note" className="mt-3 rounded-md bg-slate-100 p-4 text-slate-800">
          <p className="font-semibold">{t('watch.section.unavailableTitle')}</p>
          <p className="mt-1">{t('watch.section.unavailable')}</p>
        </div>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t('watch.section.lead')}</p>
          <WatchForm
            action={subscribeAction}
            id="watch-form"
            fields={fields}
            hidden={{ locale, key: setup.formKey, result: view.code }}
            dates={asked.length > 0 ? { legend: t('watch.section.datesLegend'), hint: t('watch.section.datesHint') } : undefined}
            labels={labels}
            errors={errors}
            statement={
              <div className="mt-4 rounded-md bg-slate-50 p-4 text-sm text-slate-700">
                <h3 className="font-semibold text-slate-900">{t('watch.section.whatTitle')}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {what.map((k) => (
                    <li key={k}>{t(`watch.section.what.${k}`)}</li>
                  ))}
                </ul>
                <p className="mt-2">
                  {t('watch.section.what.stored', { language: t(`enquiry.languages.${locale}`), days: setup.confirmDays })}
                </p>
              </div>
            }
          />
        </>
      )}
    </section>
  );
}
