import { getTranslations } from 'next-intl/server';
import { ResultReport } from '@/components/result/result-report';
import { ChangeList } from '@/components/result/change-list';
import { formatAnswer } from '@/components/questionnaire/format-answer';
import type { AttachedResult } from '@/lib/enquiries/types';
import type { Answers } from '@/lib/assessment';
import type { VisitorCase } from '@/lib/inbox/visitor-case';
import type { Locale } from '@/lib/i18n/routing';

export interface VisitorCaseViewProps {
  locale: Locale;
  result: AttachedResult | null;
  view: VisitorCase | null;
}

/** The result the visitor sent, as they saw it: verdict, items, their answers, each "not sure" assumption, the link. */
export async function VisitorCaseView({ locale, result, view }: VisitorCaseViewProps) {
  const t = await getTranslations({ locale });
  const option = (question: string, id: string) => t(`assessment.questions.${question}.options.${id}.label` as never);
  const answers: Answers = Object.fromEntries(view?.answered.map((a) => [a.question.id, a.value]) ?? []);
  return (
    <section aria-labelledby="result" className="mt-10 rounded-lg border border-slate-200 p-4 sm:p-5">
      <h2 id="result" className="text-2xl font-semibold text-slate-900">
        {t('inbox.resultTitle')}
      </h2>
      {!result && <p className="mt-2 text-slate-700">{t('inbox.resultNone')}</p>}
      {result && !view && <p className="mt-2 text-slate-700">{t('inbox.resultUnknownVersion', { version: result.rulesetVersion })}</p>}
      {result && view && (
        <>
          <p className="mt-2 text-slate-700">{t('inbox.resultLead', { version: view.version })}</p>
          <p className="mt-1 text-sm break-all">
            {view.href && (
              <a href={view.href} className="text-brand-800 underline">
                {t('inbox.resultAsIssued', { version: view.version })}
              </a>
            )}
            <span className="block text-slate-600">
              {t('inbox.resultLink')}: {result.url}
            </span>
          </p>
          {view.verdict && (
            <p className="mt-3 font-semibold text-slate-900">
              {t('inbox.verdict')}: {t(`assessment.verdicts.${view.verdict}.label`)}
            </p>
          )}
          {view.classification ? (
            <ResultReport locale={locale} classification={view.classification} answers={answers} />
          ) : (
            <p className="mt-3 text-slate-700">{t('inbox.resultNotStored')}</p>
          )}
          <h2 id="answers" className="mt-8 text-xl font-semibold text-slate-900">
            {t('inbox.answersTitle')}
          </h2>
          {view.answered.length === 0 ? (
            <p className="mt-2 text-slate-700">{t('inbox.answersNone')}</p>
          ) : (
            <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
              {view.answered.map(({ question, value }) => (
                <div key={question.id} className="grid gap-1 py-2 sm:grid-cols-2 sm:gap-4">
                  <dt className="text-sm font-medium text-slate-700">{t(`assessment.questions.${question.id}.title` as never)}</dt>
                  <dd className="text-sm text-slate-900">{formatAnswer(t, question, value)}</dd>
                </div>
              ))}
            </dl>
          )}
          <h2 id="assumptions" className="mt-8 text-xl font-semibold text-slate-900">
            {t('inbox.assumptionsTitle')}
          </h2>
          {view.assumptions.length === 0 ? (
            <p className="mt-2 text-slate-700">{t('inbox.assumptionsNone')}</p>
          ) : (
            <>
              <p className="mt-2 text-slate-700">{t('inbox.assumptionsLead')}</p>
              <ul className="mt-2 space-y-3">
                {view.assumptions.map((a) => (
                  <li key={a.question} className="rounded-md border border-sky-200 bg-sky-50 p-3">
                    <p className="font-semibold text-slate-900">{t(`assessment.questions.${a.question}.title` as never)}</p>
                    <p className="mt-1 text-slate-800">{t('inbox.assumedAnswer', { answer: option(a.question, a.assumed) })}</p>
                    {a.alternatives.length === 0 ? (
                      <p className="mt-1 text-slate-700">{t('inbox.noChangeOther')}</p>
                    ) : (
                      a.alternatives.map((alt) => (
                        <div key={alt.value} className="mt-2">
                          <p className="font-medium text-slate-900">{t('inbox.ifAnswer', { answer: option(a.question, alt.value) })}</p>
                          <ChangeList t={t} changes={alt.changes} />
                        </div>
                      ))
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
