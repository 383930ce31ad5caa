import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { DASHBOARD_DAYS, type Dashboard } from '@/lib/inbox/views';
import type { Locale } from '@/lib/i18n/routing';
import { When } from './when';

function Table({ caption, rows, what, count }: { caption: string; rows: Array<[string, number]>; what: string; count: string }) {
  return (
    <table className="mt-6 w-full max-w-xl border-collapse text-left text-sm">
      <caption className="text-left text-lg font-semibold text-slate-900">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="px-2 py-1">
            {what}
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            {count}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label} className="border-b border-slate-200">
            <th scope="row" className="px-2 py-1 font-normal">
              {label}
            </th>
            <td className="px-2 py-1 text-right tabular-nums">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The staff dashboard: anonymous counts of the last days and enquiries per week. */
export async function DashboardView({ locale, data }: { locale: Locale; data: Dashboard }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const common = { what: t('inbox.metric'), count: t('inbox.total') };
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('inbox.dashboardTitle')}</h1>
      <Table
        caption={t('inbox.openTitle')}
        rows={[
          [t('inbox.openTotal'), data.open.total],
          [t('inbox.openOverdue'), data.open.overdue],
          [t('inbox.openUnassigned'), data.open.unassigned],
        ]}
        {...common}
      />
      <p className="mt-8 max-w-3xl text-slate-700">{t('inbox.dashboardLead')}</p>
      <Table
        caption={t('inbox.lastDays', { days: DASHBOARD_DAYS })}
        rows={[
          [t('inbox.started'), data.started],
          [t('inbox.finished'), data.finished],
        ]}
        {...common}
      />
      <Table
        caption={t('inbox.byVerdict')}
        rows={data.byVerdict.map((v) => [t(`assessment.verdicts.${v.key}.label` as never), v.count])}
        {...common}
      />
      <Table
        caption={t('inbox.byObligation')}
        rows={data.byObligation.map((o) => [
          o.key === 'none' ? t('inbox.noObligation') : t(`assessment.obligations.${o.key}.label` as never),
          o.count,
        ])}
        {...common}
      />
      <Table
        caption={t('inbox.enquiriesByWeek')}
        rows={data.enquiriesByWeek.map((w) => [
          t('inbox.weekOf', { date: format.dateTime(new Date(`${w.week}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }) }),
          w.count,
        ])}
        {...common}
      />
      <Table
        caption={t('watch.inbox.title')}
        rows={[
          [t('watch.inbox.watchedResults'), data.alerts.watchedResults],
          [t('watch.inbox.subscribers'), data.alerts.subscribers],
          [t('watch.inbox.subscriptions'), data.alerts.subscriptions],
          [t('watch.inbox.unconfirmed'), data.alerts.unconfirmed],
        ]}
        {...common}
      />
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{t('watch.inbox.lead')}</p>
      <h2 className="mt-8 text-lg font-semibold text-slate-900">{t('inbox.deletionsTitle')}</h2>
      {data.deletions.length === 0 ? (
        <p className="mt-2 text-slate-700">{t('inbox.deletionsNone')}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {data.deletions.map((d, i) => (
            <li key={`${d.reference}-${i}`}>
              <When locale={locale} date={d.at} /> · <span className="font-mono">{d.reference}</span> ·{' '}
              {t(`inbox.scopes.${d.scope === 'person' || d.scope === 'retention' ? d.scope : 'enquiry'}`)} · {t('inbox.colBy')}{' '}
              <span className="break-all">{d.actor}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
