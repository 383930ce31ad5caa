import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getSite } from '@/lib/content/site';
import { COMPARE_PARAM, MAX_COMPARED, type CompareColumn, type CompareRow, type CompareView } from '@/lib/views/compare';
import type { AnswerValue } from '@/lib/assessment';
import { outcomeLabel } from '@/components/result/outcome-label';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function answerText(t: Translate, question: string, value: AnswerValue | null): string {
  if (value === null) return t('explore.compare.notAsked');
  if (typeof value === 'boolean') return t(value ? 'wizard.yes' : 'wizard.no');
  const ids = typeof value === 'string' ? [value] : value;
  return ids.map((id) => t(`assessment.questions.${question}.options.${id}.label`)).join(t('wizard.listSeparator'));
}

/** What a column is, in words: the starting point, a way forward's name, or the answers that differ from the first. */
export function headingText(t: Translate, column: CompareColumn): string {
  const h = column.heading;
  if (h.kind === 'first') return t('explore.compare.first');
  if (h.kind === 'way') {
    const feature = h.feature ? t(`assessment.questions.${h.feature.question}.options.${h.feature.option}.label`) : '';
    return t('explore.compare.way', { way: t(`decision.ways.${h.id}.title`, { feature }) });
  }
  if (h.changes.length === 0) return t('explore.compare.sameAnswers');
  return t('explore.compare.answers', {
    answers: h.changes.map((c) => answerText(t, c.question, c.value)).join(t('wizard.listSeparator')),
  });
}

function rowLabel(t: Translate, row: CompareRow): string {
  switch (row.kind) {
    case 'answer':
      return t(`assessment.questions.${row.id}.title`);
    case 'verdict':
    case 'holder':
    case 'ownership':
    case 'capital':
    case 'authority':
    case 'duration':
      return t(`explore.compare.rows.${row.kind}`);
    default:
      return outcomeLabel(t, { kind: row.kind, id: row.id });
  }
}

function cellText(t: Translate, row: CompareRow, i: number, column: CompareColumn): string {
  // Hosted outside the mainland: nothing can be filed or licensed, which is not the same as nothing being needed.
  const offshore = column.answers.hosting === 'offshore';
  switch (row.kind) {
    case 'answer':
      return answerText(t, row.id, row.cells[i]!);
    case 'verdict':
      return t(`assessment.verdicts.${row.cells[i]!}.label`);
    case 'holder': {
      const h = row.cells[i]!;
      if (!h) return t('explore.compare.noLicence');
      return h.kind === 'partner' ? t('explore.compare.partner') : t(`assessment.questions.operator.options.${h.operator}.label`);
    }
    case 'ownership': {
      const o = row.cells[i]!;
      const parts = [
        o.share && t(`assessment.questions.foreign-share.options.${o.share}.label`),
        o.control && t(`assessment.questions.control.options.${o.control}.label`),
      ].filter((x): x is string => Boolean(x));
      return parts.length > 0 ? parts.join(t('wizard.listSeparator')) : t('explore.compare.notAsked');
    }
    case 'capital':
      return t(`explore.compare.capital.${row.cells[i] ?? 'none'}`);
    case 'authority': {
      const a = row.cells[i];
      if (!a) return t(offshore ? 'decision.ways.offshoreNeeds' : 'explore.compare.noAuthority');
      const province = a.note.province ? t(`assessment.questions.location.options.${a.note.province}.label`) : '';
      return t(`decision.authority.${a.role}.${a.note.basis}`, { province });
    }
    case 'duration': {
      const d = row.cells[i]!;
      const key = d.licence ? (d.filing ? 'filing-licence' : 'licence') : d.filing ? 'filing' : offshore ? 'offshore' : 'none';
      const text = t(`explore.compare.durations.${key}`);
      return d.structure ? t('explore.compare.durations.structureFirst', { then: text }) : text;
    }
    default: {
      const cell = row.cells[i];
      if (cell === null || cell === undefined)
        return row.kind === 'obligation' ? t('explore.compare.notNeeded') : t('explore.compare.absent');
      const parts = cell.map((id) => t(/^B\d/.test(id) ? `assessment.codes.${id}` : `assessment.subItems.${id}`));
      const head = row.kind === 'obligation' ? t('explore.compare.needed') : t('explore.compare.present');
      return parts.length > 0 ? `${head}${t('explore.colon')}${parts.join(t('wizard.listSeparator'))}` : head;
    }
  }
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
                      <span className="block">{headingText(t, c)}</span>
                      <a href={c.href} className="block text-xs font-normal text-brand-800 underline">
                        {t('explore.compare.open', { n: i + 1 })}
                      </a>
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
                    {columns.map((_, i) => (
                      <td key={i} className="border-b border-slate-200 p-2 text-slate-800">
                        {cellText(t, row, i, columns[i]!)}
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
                    {columns.map((column, i) => (
                      <li key={i}>
                        <a href={column.href} className="text-brand-800 underline">
                          {headingText(t, column)}
                        </a>
                        {t('explore.colon')}
                        {cellText(t, row, i, columns[i]!)}
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
