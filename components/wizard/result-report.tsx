import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { RULESET_VERSION, SOURCES, getQuestion, type Answers, type Classification, type Reason } from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { formatAnswer } from './format-answer';
import { formatArticle } from '@/lib/i18n/articles';

export interface ResultReportProps {
  locale: Locale;
  classification: Classification;
  answers: Answers;
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** The classification as a reader sees it: what applies, why, on what authority, and what does not. */
export async function ResultReport({ locale, classification, answers }: ResultReportProps) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const c = classification;
  return (
    <>
      <section aria-labelledby="need" className="mt-8">
        <h2 id="need" className="text-2xl font-semibold text-slate-900">{t('result.needTitle')}</h2>
        {c.obligations.length === 0 && <p className="mt-3 text-slate-700">{t('result.needNone')}</p>}
        <ul className="mt-4 space-y-4">
          {c.obligations.map((o) => (
            <li key={o.id} className="rounded-lg border border-slate-200 border-l-4 border-l-brand-600 p-5">
              <h3 className="text-lg font-semibold text-slate-900">{t(`assessment.obligations.${o.id}.label`)}</h3>
              <p className="mt-1 text-slate-700">{t(`assessment.obligations.${o.id}.summary`)}</p>
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-semibold">{t('result.authority')}:</span> {t(`assessment.obligations.${o.id}.authority`)}
              </p>
              {o.subItems.length > 0 && (
                <div className="mt-3 text-sm">
                  <p className="font-semibold text-slate-800">{t('result.subItems')}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {o.subItems.map((item) => (
                      <li key={item}>
                        <Link href={localePath(locale, `/categories/${item}`)} className="text-brand-800 underline">
                          {t(`assessment.subItems.${item}`)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {o.codes.length > 0 && (
                <div className="mt-3 text-sm">
                  <p className="font-semibold text-slate-800">{t('result.codes')}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {o.codes.map((code) => <li key={code}>{code}: {t(`assessment.codes.${code}`)}</li>)}
                  </ul>
                </div>
              )}
              <Reasons t={t} locale={locale} reasons={o.because} answers={answers} />
            </li>
          ))}
        </ul>
      </section>

      {c.greyAreas.length > 0 && (
        <section aria-labelledby="grey" className="mt-10 rounded-lg bg-amber-50 p-5">
          <h2 id="grey" className="text-2xl font-semibold text-slate-900">{t('result.greyTitle')}</h2>
          <p className="mt-2 text-slate-800">{t('result.greyLead')}</p>
          <ul className="mt-4 space-y-4">
            {c.greyAreas.map((g) => (
              <li key={g.id} className="rounded-md border border-amber-300 bg-white p-4">
                <h3 className="font-semibold text-slate-900">{t(`assessment.greyAreas.${g.id}.label`)}</h3>
                <p className="mt-1 text-slate-700">{t(`assessment.greyAreas.${g.id}.summary`)}</p>
                <Reasons t={t} locale={locale} reasons={g.because} answers={answers} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.findings.length > 0 && (
        <section aria-labelledby="findings" className="mt-10">
          <h2 id="findings" className="text-2xl font-semibold text-slate-900">{t('result.findingsTitle')}</h2>
          <ul className="mt-4 space-y-4">
            {c.findings.map((f) => (
              <li key={f.id} className="rounded-md border border-slate-200 p-4">
                <h3 className="font-semibold text-slate-900">{t(`assessment.findings.${f.id}.label`)}</h3>
                <p className="mt-1 text-slate-700">{t(`assessment.findings.${f.id}.summary`)}</p>
                <Reasons t={t} locale={locale} reasons={f.because} answers={answers} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.notNeeded.length > 0 && (
        <section aria-labelledby="not-needed" className="mt-10">
          <h2 id="not-needed" className="text-2xl font-semibold text-slate-900">{t('result.notNeededTitle')}</h2>
          <ul className="mt-4 space-y-4">
            {c.notNeeded.map((n) => (
              <li key={n.id} className="rounded-md border border-slate-200 p-4">
                <h3 className="font-semibold text-slate-900">{t(`assessment.obligations.${n.id}.label`)}</h3>
                <Reasons t={t} locale={locale} reasons={n.because} answers={answers} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {c.nextSteps.length > 0 && (
        <section aria-labelledby="next-steps" className="mt-10">
          <h2 id="next-steps" className="text-2xl font-semibold text-slate-900">{t('result.nextStepsTitle')}</h2>
          <ol className="mt-4 list-decimal space-y-2 pl-5 text-slate-800">
            {c.nextSteps.map((id) => <li key={id}>{t(`assessment.nextSteps.${id}`)}</li>)}
          </ol>
        </section>
      )}

      <p className="mt-8 text-sm text-slate-600">
        {t('result.printedOn', { date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }), version: c.version || RULESET_VERSION })}
      </p>
    </>
  );
}

interface ReasonsProps {
  t: Translate;
  locale: Locale;
  reasons: readonly Reason[];
  answers: Answers;
}

/** Each rule that fired: its reason, the answers it read, its confidence and its citations. */
function Reasons({ t, locale, reasons, answers }: ReasonsProps) {
  return (
    <div className="mt-3 border-t border-slate-100 pt-3 text-sm">
      <p className="font-semibold text-slate-800">{t('result.why')}</p>
      <ul className="mt-1 space-y-3">
        {reasons.map((reason) => (
          <li key={reason.ruleId}>
            <p className="text-slate-800">
              {t(`assessment.rules.${reason.ruleId}`)}{' '}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t(`result.confidence.${reason.confidence}`)}</span>
            </p>
            {reason.questions.length > 0 && (
              <p className="mt-1 text-slate-600">
                {t('result.answersThatLed')}:{' '}
                {reason.questions
                  .map((id) => {
                    const question = getQuestion(id);
                    const value = answers[id];
                    if (!question) return null;
                    const answer = value === undefined ? '—' : formatAnswer(t, question, value);
                    return `${t(`assessment.questions.${id}.title`)} (${answer})`;
                  })
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {reason.citations.length > 0 && (
              <p className="mt-1 text-slate-600">
                {t('result.sources')}:{' '}
                {reason.citations.map((citation, i) => {
                  const source = SOURCES[citation.source as keyof typeof SOURCES] as { nameZh: string; nameEn: string; url: string } | undefined;
                  if (!source) return null;
                  const name = locale === 'zh' ? source.nameZh : source.nameEn;
                  return (
                    <span key={`${citation.source}-${i}`}>
                      {i > 0 && '; '}
                      <a href={source.url} className="text-brand-800 underline" rel="noopener noreferrer">{name}</a>
                      {citation.article && ` ${formatArticle(locale, citation.article)}`}
                    </span>
                  );
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
