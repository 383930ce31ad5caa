import { Link } from '@/components/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Answers, Classification } from '@/lib/assessment';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { OutcomeSection, Reasons } from './outcome-parts';

export interface ResultReportProps {
  locale: Locale;
  classification: Classification;
  answers: Answers;
}

/** The classification as a reader sees it: what applies, why, on what authority, and what does not. */
export async function ResultReport({ locale, classification, answers }: ResultReportProps) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const c = classification;
  return (
    <>
      {c.obligations.length > 0 && (
        <section aria-labelledby="glance" className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-5">
          <h2 id="glance" className="text-lg font-semibold text-slate-900">
            {t('result.glanceTitle')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {c.obligations.map((o) => (
              <li key={o.id}>
                <a href={`#need-${o.id}`} className="text-brand-800 underline">
                  {t(`assessment.obligations.${o.id}.label`)}
                </a>
              </li>
            ))}
          </ul>
          {c.greyAreas.length > 0 && (
            <p className="mt-3 text-slate-800">
              <a href="#grey" className="text-brand-800 underline">
                {t('result.glanceGrey', { count: c.greyAreas.length })}
              </a>
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="need" className="mt-8">
        <h2 id="need" className="text-2xl font-semibold text-slate-900">
          {t('result.needTitle')}
        </h2>
        {c.obligations.length === 0 && <p className="mt-3 text-slate-700">{t('result.needNone')}</p>}
        <ul className="mt-4 space-y-4">
          {c.obligations.map((o) => (
            <li key={o.id} id={`need-${o.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 border-l-4 border-l-brand-600 p-5">
              <h3 className="text-lg font-semibold text-slate-900">{t(`assessment.obligations.${o.id}.label`)}</h3>
              <p className="mt-1 text-slate-700">{t(`assessment.obligations.${o.id}.summary`)}</p>
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-semibold">{t('result.authority')}</span> {t(`assessment.obligations.${o.id}.authority`)}
              </p>
              {o.subItems.length > 0 && (
                <div className="mt-3 text-sm">
                  <p className="font-semibold text-slate-800">{t('result.subItems')}</p>
                  <ul className="mt-1 list-disc space-y-2 pl-5">
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
                    {o.codes.map((code) => (
                      <li key={code}>
                        {code}: {t(`assessment.codes.${code}`)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <Reasons t={t} locale={locale} reasons={o.because} answers={answers} />
            </li>
          ))}
        </ul>
      </section>

      <OutcomeSection
        id="grey"
        title={t('result.greyTitle')}
        lead={t('result.greyLead')}
        tone="warning"
        items={c.greyAreas.map((g) => ({
          id: g.id,
          label: t(`assessment.greyAreas.${g.id}.label`),
          summary: t(`assessment.greyAreas.${g.id}.summary`),
          because: g.because,
        }))}
        reasons={(because) => <Reasons t={t} locale={locale} reasons={because} answers={answers} />}
      />
      <OutcomeSection
        id="findings"
        title={t('result.findingsTitle')}
        items={c.findings.map((f) => ({
          id: f.id,
          label: t(`assessment.findings.${f.id}.label`),
          summary: t(`assessment.findings.${f.id}.summary`),
          because: f.because,
        }))}
        reasons={(because) => <Reasons t={t} locale={locale} reasons={because} answers={answers} />}
      />
      <OutcomeSection
        id="not-needed"
        title={t('result.notNeededTitle')}
        items={c.notNeeded.map((n) => ({ id: n.id, label: t(`assessment.obligations.${n.id}.label`), because: n.because }))}
        reasons={(because) => <Reasons t={t} locale={locale} reasons={because} answers={answers} />}
      />

      {c.nextSteps.length > 0 && (
        <section aria-labelledby="next-steps" className="mt-10">
          <h2 id="next-steps" className="text-2xl font-semibold text-slate-900">
            {t('result.nextStepsTitle')}
          </h2>
          <ol className="mt-4 list-decimal space-y-2 pl-5 text-slate-800">
            {c.nextSteps.map((id) => (
              <li key={id}>{t(`assessment.nextSteps.${id}`)}</li>
            ))}
          </ol>
        </section>
      )}

      <p className="mt-8 text-sm text-slate-600">
        {t('result.printedOn', { date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }), version: c.version })}
      </p>
    </>
  );
}
