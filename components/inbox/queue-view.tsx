import { getFormatter } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/translator';
import { Link } from '@/components/link';
import { ExportLinks } from './export-links';
import { ENQUIRY_STATUSES } from '@/lib/inbox/store';
import { TRIAGE_IDS } from '@/lib/inbox/triage';
import { filterQuery, type QueueFilters, type QueuePage } from '@/lib/inbox/views';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { INPUT, LABEL } from './styles';
import { TriageMark } from './triage-mark';

/** The queue: a plain GET form of filters (works without JavaScript), the table, the pager and the export links. */
export async function QueueView({ locale, filters, page }: { locale: Locale; filters: QueueFilters; page: QueuePage }) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const tAll = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const base = localePath(locale, '/inbox');
  const href = (n: number) => `${base}?${filterQuery(filters, { page: String(n) })}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <form
        method="get"
        action={base}
        className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end"
      >
        <div>
          <label htmlFor="filter-status" className={LABEL}>
            {t('status')}
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={INPUT}>
            <option value="">{t('any')}</option>
            {ENQUIRY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-triage" className={LABEL}>
            {t('triage')}
          </label>
          <select id="filter-triage" name="triage" defaultValue={filters.triage ?? ''} className={INPUT}>
            <option value="">{t('any')}</option>
            {TRIAGE_IDS.map((id) => (
              <option key={id} value={id}>
                {id === 'none' || id === 'not-stored' ? t(`triages.${id}`) : tAll(`assessment.verdicts.${id}.label`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-q" className={LABEL}>
            {t('search')}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.search} className={INPUT} />
        </div>
        <button type="submit" className="btn-primary">
          {t('apply')}
        </button>
      </form>

      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-slate-700" role="status">
          {t('count', { count: page.total })}
        </p>
        <p className="text-sm text-slate-700">
          <ExportLinks locale={locale} query={filterQuery(filters)} />
        </p>
      </div>

      {page.items.length === 0 ? (
        <p className="mt-4 text-slate-700">{t('none')}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-300">
                {(['colReference', 'colReceived', 'colFrom', 'colReach', 'colLanguage', 'colStatus', 'colTriage'] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-2 font-semibold text-slate-900">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 align-top">
                  <td className="px-2 py-2 font-mono whitespace-nowrap">
                    <Link href={`${localePath(locale, '/inbox/enquiry')}?ref=${e.reference}`} className="text-brand-800 underline">
                      {e.reference}
                    </Link>
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">
                    <time dateTime={e.createdAt.toISOString()}>
                      {format.dateTime(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </td>
                  <td className="px-2 py-2">
                    {e.name}
                    {e.company && <span className="block text-slate-600">{e.company}</span>}
                  </td>
                  <td className="px-2 py-2 break-all">
                    {[e.email, e.phone, e.wechat && t('wechat', { id: e.wechat })].filter(Boolean).map((c) => (
                      <span key={c} className="block">
                        {c}
                      </span>
                    ))}
                  </td>
                  <td className="px-2 py-2">{e.preferredLanguage === 'zh' ? '中文' : 'English'}</td>
                  <td className="px-2 py-2">{t(`statuses.${e.status}`)}</td>
                  <td className="px-2 py-2">
                    <TriageMark locale={locale} triage={e.triage} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {page.pages > 1 && (
        <nav aria-label={t('pagination')} className="mt-6 flex items-center gap-4">
          {page.page > 1 && (
            <Link href={href(page.page - 1)} className="text-brand-800 underline">
              {t('previous')}
            </Link>
          )}
          <span className="text-slate-700">{t('page', { page: page.page, pages: page.pages })}</span>
          {page.page < page.pages && (
            <Link href={href(page.page + 1)} className="text-brand-800 underline">
              {t('next')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
