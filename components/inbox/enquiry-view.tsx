import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { ExportLinks } from './export-links';
import { isOverdue } from '@/lib/inbox/case-store';
import type { EnquiryDetail } from '@/lib/inbox/views';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getSite } from '@/lib/content/site';
import { formatWhen } from '@/lib/inbox/time';
import { EnquiryWork } from './enquiry-work';
import { TriageMark } from './triage-mark';
import { VisitorCaseView } from './visitor-case-view';
import { When } from './when';

const SAVED = ['status', 'note', 'owner'] as const;

/** One enquiry: everything sent, the result as the visitor saw it, deliveries, history, the staff forms, the sender's data rights. */
export async function EnquiryView({
  locale,
  detail,
  saved,
  now,
}: {
  locale: Locale;
  detail: EnquiryDetail;
  saved: string | null;
  now: Date;
}) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const tw = await getTranslations({ locale, namespace: 'watch.inbox' });
  const alerts = detail.elsewhere.find((h) => h.name === 'resultAlerts')?.count ?? 0;
  const { enquiry: e, deliveries } = detail;
  const overdue = isOverdue(e, now);
  const savedKey = SAVED.find((k) => k === saved);
  const fields: Array<[string, React.ReactNode]> = [
    [t('name'), e.name],
    [t('company'), e.company],
    [t('email'), e.email],
    [t('phone'), e.phone],
    [t('wechatId'), e.wechat],
    [t('replyIn'), e.preferredLanguage === 'zh' ? '中文' : 'English'],
    [t('siteLanguage'), e.locale === 'zh' ? '中文' : 'English'],
    [t('received'), <When key="r" locale={locale} date={e.createdAt} />],
    [t('consentAt'), <When key="c" locale={locale} date={e.consentAt} />],
  ];
  const personHref = `${localePath(locale, '/inbox/delete')}?ref=${encodeURIComponent(e.reference)}`;
  return (
    <>
      <p className="text-sm">
        <Link href={localePath(locale, '/inbox')} className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight break-words text-slate-900">
        <span className="font-mono">{e.reference}</span> · {e.name}
      </h1>
      <dl className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-slate-800">
        <div>
          <dt className="inline">{t('status')}: </dt>
          <dd className="inline font-semibold">{t(`statuses.${e.status}`)}</dd>
        </div>
        <div>
          <dt className="inline">{t('ownerLabel')}: </dt>
          <dd className="inline font-semibold break-all">{e.owner?.email ?? t('nobody')}</dd>
        </div>
        <div>
          <dt className="inline">{t('dueBy')}: </dt>
          <dd className="inline">
            {overdue && <strong className="mr-1 rounded bg-red-700 px-1.5 py-0.5 text-white">{t('overdueMark')}</strong>}
            {e.dueAt && <When locale={locale} date={e.dueAt} />}
          </dd>
        </div>
        <div>
          <dt className="sr-only">{t('triage')}</dt>
          <dd>
            <TriageMark locale={locale} triage={detail.triage} />
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-sm text-slate-600">{t('dueLead', { days: getSite().enquiries.replyWithinWorkingDays })}</p>
      {savedKey && (
        <p role="status" className="mt-4 rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-900">
          {t(`savedMessages.${savedKey}`)}
        </p>
      )}

      <section aria-labelledby="sent" className="mt-8">
        <h2 id="sent" className="text-2xl font-semibold text-slate-900">
          {t('sentTitle')}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words text-slate-900">{value || t('empty')}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-4 font-semibold text-slate-900">{t('message')}</h3>
        <p className="mt-1 whitespace-pre-wrap break-words rounded-md border border-slate-200 p-3 text-slate-900">{e.message}</p>
        <p className="mt-3 text-sm text-slate-700">
          <ExportLinks locale={locale} query={`ref=${e.reference}`} />
        </p>
      </section>

      <VisitorCaseView locale={locale} result={e.result} view={detail.visitorCase} />

      <section aria-labelledby="deliveries" className="mt-10">
        <h2 id="deliveries" className="text-2xl font-semibold text-slate-900">
          {t('deliveriesTitle')}
        </h2>
        {deliveries.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('deliveriesNone')}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {deliveries.map((d) => (
              <li key={d.id}>
                <strong>{t(`channels.${d.channel}`)}</strong>:{' '}
                {d.status === 'delivered'
                  ? t('deliveryStatus.delivered', { at: d.deliveredAt ? formatWhen(locale, d.deliveredAt) : '' })
                  : t(`deliveryStatus.${d.status}`, { attempts: d.attempts })}
                {d.lastError && <span className="block text-sm text-slate-600">{t('lastError', { error: d.lastError })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <EnquiryWork locale={locale} detail={detail} />

      <section aria-labelledby="data" className="mt-10 rounded-lg border border-slate-300 bg-slate-50 p-4 sm:p-5">
        <h2 id="data" className="text-2xl font-semibold text-slate-900">
          {t('dataTitle')}
        </h2>
        <p className="mt-2 text-slate-800">{t('dataLead', { count: detail.personEnquiries })}</p>
        {alerts > 0 && <p className="mt-1 text-slate-800">{tw('watches', { count: alerts })}</p>}
        <ul className="mt-3 space-y-2">
          <li>
            <a
              href={`${localePath(locale, '/inbox/export')}?person=${encodeURIComponent(e.reference)}`}
              className="text-brand-800 underline"
            >
              {t('exportPerson')}
            </a>
          </li>
          <li>
            <Link href={`${personHref}&scope=enquiry`} className="text-red-800 underline">
              {t('deleteOne')}
            </Link>
          </li>
          {(detail.personEnquiries > 1 || alerts > 0) && (
            <li>
              <Link href={`${personHref}&scope=person`} className="text-red-800 underline">
                {alerts > 0 ? tw('deletePerson', { count: detail.personEnquiries }) : t('deletePerson', { count: detail.personEnquiries })}
              </Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
