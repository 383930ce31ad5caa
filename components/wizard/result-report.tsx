import { Link } from '@/components/link';
import { getFormatter } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/translator';
import type { Answers, Classification } from '@/lib/assessment';
import { packFor } from '@/lib/content/packs';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { ApplicationPack } from './application-pack';
import { OutcomeSection, Reasons } from './outcome-parts';

export interface ResultReportProps {
  locale: Locale;
  classification: Classification;
  answers: Answers;
}

const summaryClass = 'cursor-pointer font-semibold text-slate-900 marker:text-brand-700';

/**
 * The classification item by item: each obligation with how to obtain it, the grey areas, the findings and what is
 * not needed. Reasons and citations sit one tap away in <details> (which opens without JavaScript).
 */
export async function ResultReport({ locale, classification, answers }: ResultReportProps) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const c = classification;
  const reasons = (because: Parameters<typeof Reasons>[0]['reasons']) => (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-800 underline">{t('decision.details.why')}</summary>
      <Reasons t={t} locale={locale} reasons={because} answers={answers} />
    </details>
  );
  return (
    <>
      {c.obligations.length > 0 && (
        <section aria-labelledby="need" className="mt-8">
          <h2 id="need" className="text-xl font-semibold text-slate-900">
            {t('result.needTitle')}
          </h2>
          <ul className="mt-3 space-y-2">
            {c.obligations.map((o) => {
              const pack = packFor(locale, o.id);
              return (
                <li key={o.id} id={`need-${o.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 border-l-4 border-l-brand-600">
                  <details className="p-3">
                    <summary className={summaryClass}>
                      <h3 className="inline">{t(`assessment.obligations.${o.id}.label`)}</h3>
                      <span className="block text-sm font-normal text-slate-700">{t(`assessment.obligations.${o.id}.summary`)}</span>
                    </summary>
                    <p className="mt-2 text-sm text-slate-700">
                      <span className="font-semibold">{t('result.authority')}</span> {t(`assessment.obligations.${o.id}.authority`)}
                    </p>
                    {o.subItems.length > 0 && (
                      <div className="mt-2 text-sm">
                        <p className="font-semibold text-slate-800">{t('result.subItems')}</p>
                        <ul className="mt-1 list-disc space-y-1 pl-5">
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
                      <div className="mt-2 text-sm">
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
                    {pack && <ApplicationPack t={t} format={format} locale={locale} pack={pack} />}
                    {reasons(o.because)}
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      )}

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
        reasons={reasons}
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
        reasons={reasons}
      />
      <OutcomeSection
        id="not-needed"
        title={t('result.notNeededTitle')}
        items={c.notNeeded.map((n) => ({ id: n.id, label: t(`assessment.obligations.${n.id}.label`), because: n.because }))}
        reasons={reasons}
      />
    </>
  );
}
