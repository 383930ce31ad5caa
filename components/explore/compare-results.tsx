import { getTranslations } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getSite } from '@/lib/content/site';
import { COMPARE_PARAM, MAX_COMPARED, type CompareRow, type CompareView } from '@/lib/wizard/compare';
import { outcomeLabel } from '@/components/wizard/outcome-label';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function rowLabel(t: Translate, row: CompareRow): string {
  if (row.kind === 'verdict') return t('explore.compare.verdict');
  if (row.kind === 'plan') return t('explore.compare.planLength');
  return outcomeLabel(t, { kind: row.kind, id: row.id });
}

function cellText(t: Translate, row: CompareRow, cell: CompareRow['cells'][number]): string {
  if (row.kind === 'verdict') return t(`assessment.verdicts.${cell as string}.label`);
  if (row.kind === 'plan') return String(cell);
  if (cell === null) return row.kind === 'obligation' ? t('explore.compare.notNeeded') : t('explore.compare.absent');
  const parts = (cell as readonly string[]).map((id) => t(/^B\d/.test(id) ? `assessment.codes.${id}` : `assessment.subItems.${id}`));
  const head = row.kind === 'obligation' ? t('explore.compare.needed') : t('explore.compare.present');
  return parts.length > 0 ? `${head}${t('explore.colon')}${parts.join(t('wizard.listSeparator'))}` : head;
}

/** The GET form: one field per result, prefilled with what was entered (nothing typed is lost). */
async function CompareForm({ locale, view }: { locale: Locale; view: CompareView }) {
  const t = await getTranslations({ locale });
  const example = `${getSite().siteUrl}${localePath(locale, '/result/1-r0006001n5p')}`;
  const fields = Array.from({ length: MAX_COMPARED }, (_, i) => view.inputs[i] ?? { value: '', column: null });
  return (
    <form method="get" action={localePath(locale, '/compare')} className="mt-6 space-y-4" noValidate>
      {fields.map((field, i) => {
        const bad = field.value !== '' && field.column === null;
        const id = `result-${i + 1}`;
        return (
          <div key={i}>
            <label htmlFor={id} className="block font-semibold text-slate-900">
              {t('explore.compare.resultLabel', { n: i + 1 })}
            </label>
            <p id={`${id}-hint`} className="text-sm text-slate-600">
              {t('explore.compare.resultHint', { example })}
            </p>
            {bad && (
              <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
                {t('explore.compare.unreadable', { value: field.value })}
              </p>
            )}
            <input
              id={id}
              name={COMPARE_PARAM}
              type="text"
              defaultValue={field.value}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={bad ? `${id}-hint ${id}-error` : `${id}-hint`}
              aria-invalid={bad || undefined}
              className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
            />
          </div>
        );
      })}
      <button type="submit" className="rounded-md bg-brand-800 px-5 py-3 font-semibold text-white hover:bg-brand-900">
        {t('explore.compare.submit')}
      </button>
    </form>
  );
}

/** Results side by side (a table from medium screens up) and, on a phone, the list of what differs. */
export async function CompareResults({ locale, view }: { locale: Locale; view: CompareView }) {
  const t = await getTranslations({ locale });
  const { columns, rows } = view;
  const differing = rows.filter((r) => r.differs);
  const entered = view.inputs.length > 0;
  return (
    <>
      {view.ready ? (
        <>
          <div className="mt-8 hidden md:block">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('explore.compare.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b border-slate-300 p-2">
                    {t('explore.compare.row')}
                  </th>
                  {columns.map((c, i) => (
                    <th key={i} scope="col" className="border-b border-slate-300 p-2">
                      <a href={c.href} className="text-brand-800 underline">
                        {t('explore.compare.column', { n: i + 1 })}
                      </a>
                      <span className="block font-mono text-xs font-normal text-slate-600">{c.code}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.kind}-${row.id}`} className={row.differs ? 'bg-amber-50' : ''}>
                    <th scope="row" className="border-b border-slate-200 p-2 font-semibold text-slate-900">
                      {rowLabel(t, row)}
                      {row.differs && (
                        <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">
                          {t('explore.compare.differs')}
                        </span>
                      )}
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={i} className="border-b border-slate-200 p-2 text-slate-800">
                        {cellText(t, row, cell)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section aria-labelledby="differences" className="mt-8 md:hidden">
            <h2 id="differences" className="text-2xl font-semibold text-slate-900">
              {t('explore.compare.differencesTitle')}
            </h2>
            {differing.length === 0 && <p className="mt-2 text-slate-700">{t('explore.compare.noDifferences')}</p>}
            <ul className="mt-3 space-y-3">
              {differing.map((row) => (
                <li key={`${row.kind}-${row.id}`} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                  <p className="font-semibold text-slate-900">{rowLabel(t, row)}</p>
                  <ul className="mt-1 text-slate-800">
                    {row.cells.map((cell, i) => (
                      <li key={i}>
                        <a href={columns[i]!.href} className="text-brand-800 underline">
                          {t('explore.compare.column', { n: i + 1 })}
                        </a>
                        {t('explore.colon')}
                        {cellText(t, row, cell)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        entered && <p className="mt-6 font-semibold text-red-800">{t('explore.compare.tooFew')}</p>
      )}
      <CompareForm locale={locale} view={view} />
      <p className="mt-6">
        <a href={localePath(locale, '/assessment')} className="text-brand-800 underline">
          {t('explore.compare.takeAssessment')}
        </a>
      </p>
    </>
  );
}
