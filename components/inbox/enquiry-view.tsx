import { getFormatter } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/translator';
import { Link } from '@/components/link';
import { ExportLinks } from './export-links';
import { ResultReport } from '@/components/wizard/result-report';
import { addNoteAction, changeStatusAction } from '@/lib/inbox/actions';
import { ENQUIRY_STATUSES, MAX_NOTE_LENGTH } from '@/lib/inbox/store';
import type { EnquiryDetail } from '@/lib/inbox/views';
import { verdictOf } from '@/lib/assessment/verdict';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { INPUT, LABEL } from './styles';
import { TriageMark } from './triage-mark';

type Notice = { saved: string | null; error: string | null };

/** One enquiry: everything sent, the attached result as the visitor saw it, deliveries, history, and the staff forms. */
export async function EnquiryView({ locale, detail, notice }: { locale: Locale; detail: EnquiryDetail; notice: Notice }) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const tAll = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const { enquiry: e, deliveries, history, answers } = detail;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const classification = e.result?.classification ?? null;
  const fields: Array<[string, string]> = [
    [t('name'), e.name],
    [t('company'), e.company],
    [t('email'), e.email],
    [t('phone'), e.phone],
    [t('wechatId'), e.wechat],
    [t('replyIn'), e.preferredLanguage === 'zh' ? '中文' : 'English'],
    [t('siteLanguage'), e.locale === 'zh' ? '中文' : 'English'],
    [t('received'), when(e.createdAt)],
    [t('consentAt'), when(e.consentAt)],
  ];
  return (
    <>
      <p className="text-sm">
        <Link href={localePath(locale, '/inbox')} className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        <span className="font-mono">{e.reference}</span> · {e.name}
      </h1>
      <p className="mt-3 flex flex-wrap items-center gap-3 text-slate-800">
        <span>
          {t('status')}: <strong>{t(`statuses.${e.status}`)}</strong>
        </span>
        <TriageMark locale={locale} triage={e.triage} />
      </p>
      {notice.saved && (
        <p role="status" className="mt-4 rounded-md border-l-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-900">
          {t('saved')}
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
        <p className="mt-1 whitespace-pre-wrap rounded-md border border-slate-200 p-3 text-slate-900">{e.message}</p>
        <p className="mt-3 text-sm text-slate-700">
          <ExportLinks locale={locale} query={`ref=${e.reference}`} />
        </p>
      </section>

      <section aria-labelledby="result" className="mt-10 rounded-lg border border-slate-200 p-5">
        <h2 id="result" className="text-2xl font-semibold text-slate-900">
          {t('resultTitle')}
        </h2>
        {!e.result && <p className="mt-2 text-slate-700">{t('resultNone')}</p>}
        {e.result && (
          <>
            <p className="mt-2 text-slate-700">{t('resultLead', { version: classification?.version ?? e.result.rulesetVersion })}</p>
            <p className="mt-1 text-sm break-all">
              {t('resultLink')}:{' '}
              <a href={e.result.url} className="text-brand-800 underline" rel="noopener noreferrer">
                {e.result.url}
              </a>
            </p>
            {classification ? (
              <>
                <p className="mt-3 font-semibold text-slate-900">
                  {t('verdict')}: {tAll(`assessment.verdicts.${verdictOf(classification).id}.label`)}
                </p>
                <ResultReport locale={locale} classification={classification} answers={answers} />
              </>
            ) : (
              <p className="mt-3 text-slate-700">{t('resultNotStored')}</p>
            )}
          </>
        )}
      </section>

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
                  ? t('deliveryStatus.delivered', { at: d.deliveredAt ? when(d.deliveredAt) : '' })
                  : t(`deliveryStatus.${d.status}`, { attempts: d.attempts })}
                {d.lastError && <span className="block text-sm text-slate-600">{t('lastError', { error: d.lastError })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history" className="mt-10">
        <h2 id="history" className="text-2xl font-semibold text-slate-900">
          {t('historyTitle')}
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('historyNone')}</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {history.map((h) => (
              <li key={h.id} className="border-l-4 border-slate-300 pl-3">
                <p className="text-sm text-slate-600">
                  <time dateTime={h.at.toISOString()}>{when(h.at)}</time>
                </p>
                <p className="text-slate-900">
                  {h.kind === 'status'
                    ? t('historyStatus', { actor: h.actor, status: t(`statuses.${h.status}`) })
                    : t('historyNote', { actor: h.actor })}
                </p>
                {h.kind === 'note' && <p className="mt-1 whitespace-pre-wrap text-slate-800">{h.note}</p>}
              </li>
            ))}
          </ol>
        )}

        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <form action={changeStatusAction} className="rounded-lg border border-slate-200 p-4">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="ref" value={e.reference} />
            <label htmlFor="status" className={LABEL}>
              {t('changeStatus')}
            </label>
            <select id="status" name="status" defaultValue={e.status} className={INPUT}>
              {ENQUIRY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="btn-primary mt-3">
              {t('saveStatus')}
            </button>
          </form>
          <form action={addNoteAction} className="rounded-lg border border-slate-200 p-4">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="ref" value={e.reference} />
            <label htmlFor="note" className={LABEL}>
              {t('noteLabel')}
            </label>
            {notice.error === 'note-empty' && (
              <p id="note-error" role="alert" className="mt-1 text-sm font-medium text-red-800">
                {t('noteEmpty')}
              </p>
            )}
            <textarea
              id="note"
              name="note"
              rows={4}
              maxLength={MAX_NOTE_LENGTH}
              required
              aria-describedby={notice.error === 'note-empty' ? 'note-error' : undefined}
              className={INPUT}
            />
            <button type="submit" className="btn-primary mt-3">
              {t('saveNote')}
            </button>
          </form>
        </div>
      </section>
    </>
  );
}
