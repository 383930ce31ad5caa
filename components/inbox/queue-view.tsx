import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { ExportLinks } from './export-links';
import { ENQUIRY_STATUSES, isOverdue } from '@/lib/inbox/case-store';
import { TRIAGE_IDS, triageOf } from '@/lib/inbox/triage';
import { filterQuery, type QueueFilters, type QueuePage } from '@/lib/inbox/queue';
import type { StaffUser } from '@/lib/inbox/store';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { INPUT, LABEL } from './styles';
import { TriageMark } from './triage-mark';
import { When } from './when';

export interface QueueViewProps {
  locale: Locale;
  filters: QueueFilters;
  page: QueuePage;
  staff: readonly StaffUser[];
  /** How many enquiries a deletion just removed (the queue says so), or null. */
  deleted: number | null;
}

/** The message's first line, cut to about a line of the table. */
const preview = (message: string) => {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? '';
  return [...line].length > 90 ? `${[...line].slice(0, 89).join('')}…` : line;
};

/** The queue: a plain GET form of filters (works without JavaScript), the table, the pager and the export links. */
export async function QueueView({ locale, filters, page, staff, deleted }: QueueViewProps) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const tAll = await getTranslations({ locale });
  const base = localePath(locale, '/inbox');
  const owner = filters.owner === null ? '' : typeof filters.owner === 'string' ? filters.owner : filters.owner.id;
  const select = (id: string, name: string, label: string, value: string, options: Array<[string, string]>) => (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={INPUT}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      {deleted !== null && (
        <p role="status" className="mt-4 rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-900">
          {t('deletedNotice', { count: deleted })}
        </p>
      )}
      <form
        method="get"
        action={base}
        className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="filter-q" className={LABEL}>
            {t('search')}
          </label>
          <p id="filter-q-hint" className="text-sm text-slate-600">
            {t('searchHint')}
          </p>
          <input id="filter-q" name="q" type="search" defaultValue={filters.search} aria-describedby="filter-q-hint" className={INPUT} />
        </div>
        {select('filter-status', 'status', t('status'), filters.status ?? '', [
          ['', t('any')],
          ...ENQUIRY_STATUSES.map((s): [string, string] => [s, t(`statuses.${s}`)]),
        ])}
        {select('filter-triage', 'triage', t('triage'), filters.triage ?? '', [
          ['', t('any')],
          // A verdict is named by its one label; "none" and "not stored" are the inbox's own.
          ...TRIAGE_IDS.map((id): [string, string] => [
            id,
            id === 'none' || id === 'not-stored' ? t(`triages.${id}`) : tAll(`assessment.verdicts.${id}.label`),
          ]),
        ])}
        {select('filter-owner', 'owner', t('owner'), owner, [
          ['', t('ownerAnyone')],
          ['me', t('ownerMe')],
          ['none', t('ownerNone')],
          ...staff.map((u): [string, string] => [u.id, u.email]),
        ])}
        <div className="flex flex-wrap items-end justify-between gap-3">
          <label className="flex items-center gap-2 pb-2 text-slate-900">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-5" />
            {t('overdueOnly')}
          </label>
          <button type="submit" className="btn-primary">
            {t('apply')}
          </button>
        </div>
      </form>

      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="text-slate-700" role="status">
          {t('count', { count: page.total })} · {t('countOverdue', { count: page.overdue })}
        </p>
        <p className="text-sm text-slate-700">
          <ExportLinks locale={locale} query={filterQuery(filters)} />
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-600">{t('orderNote')}</p>

      {page.items.length === 0 ? (
        <p className="mt-4 text-slate-700">{t('none')}</p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
          {page.items.map((e) => {
            const overdue = isOverdue(e, page.asOf);
            return (
              <li
                key={e.id}
                className={`grid gap-x-6 gap-y-1 py-3 md:grid-cols-[11rem_1fr_14rem] ${overdue ? 'border-l-4 border-l-red-700 pl-3' : 'pl-4'}`}
              >
                <div className="text-sm">
                  <Link
                    href={`${localePath(locale, '/inbox/enquiry')}?ref=${e.reference}`}
                    className="font-mono text-base text-brand-800 underline"
                  >
                    {e.reference}
                  </Link>
                  <span className="block text-slate-600">
                    <When locale={locale} date={e.createdAt} />
                  </span>
                </div>
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">
                    {e.name}
                    {e.company && <span className="font-normal text-slate-600"> · {e.company}</span>}
                  </p>
                  <p className="truncate text-slate-700" title={t('colMessage')}>
                    {preview(e.message)}
                  </p>
                  <p className="break-all text-sm text-slate-600">
                    {[e.email, e.phone, e.wechat && t('wechat', { id: e.wechat })].filter(Boolean).join(' · ')} · {t('colLanguage')}:{' '}
                    {e.preferredLanguage === 'zh' ? '中文' : 'English'}
                  </p>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
                  <dt className="text-slate-600">{t('colStatus')}</dt>
                  <dd>{t(`statuses.${e.status}`)}</dd>
                  <dt className="text-slate-600">{t('colOwner')}</dt>
                  <dd className="break-all">{e.owner?.email ?? t('nobody')}</dd>
                  <dt className="text-slate-600">{t('colDue')}</dt>
                  <dd>
                    {overdue && <strong className="mr-1 rounded bg-red-700 px-1.5 py-0.5 text-white">{t('overdueMark')}</strong>}
                    {e.dueAt && <When locale={locale} date={e.dueAt} />}
                  </dd>
                  <dt className="text-slate-600">{t('colTriage')}</dt>
                  <dd>
                    <TriageMark locale={locale} triage={triageOf(e)} />
                  </dd>
                </dl>
              </li>
            );
          })}
        </ol>
      )}

      {(page.next || !page.first) && (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap items-center gap-6">
          {!page.first && (
            <Link href={`${base}?${filterQuery(filters)}`} className="text-brand-800 underline">
              {t('firstPage')}
            </Link>
          )}
          {page.next && (
            <Link href={`${base}?${filterQuery(filters, { after: page.next })}`} className="text-brand-800 underline">
              {t('nextPage')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
