import { Link } from '@/components/link';
import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import type { Answers, Classification } from '@/lib/assessment';
import { obligationAuthorities } from '@/lib/views/authorities';
import { packFor } from '@/lib/content/packs';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { ApplicationPack } from './application-pack';
import { permitPath } from '@/lib/content/permits';
import type { ReactNode } from 'react';
import { OutcomeSection, Reasons } from './outcome-parts';

export interface ResultReportProps {
  locale: Locale;
  classification: Classification;
  answers: Answers;
  /** The printout: every pack in full and every reason shown; on the page, a summary and a link to the permit's page. */
  expanded?: boolean;
  /**
   * A blocked result on the page: what it would need, without who decides or where to apply (nothing can be applied for
   * as described; each way forward's own result says it, and the permit page and printout have it).
   */
  blocked?: boolean;
}

/**
 * The classification item by item: each obligation with where to apply and a link to its permit page (in the
 * printout, its whole pack), then the unsettled points, the findings and what is not needed. Reasons and citations
 * sit one tap away in <details> (which opens without JavaScript), open in the printout.
 */
export async function ResultReport({ locale, classification, answers, expanded = false, blocked = false }: ResultReportProps) {
  const where = expanded || !blocked;
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const c = classification;
  const authorityOf = obligationAuthorities(answers, c);
  const reasons = (because: Parameters<typeof Reasons>[0]['reasons']) => (
    <details className="mt-2" open={expanded}>
      <summary className="text-link cursor-pointer">{t('decision.details.why')}</summary>
      <Reasons t={t} locale={locale} reasons={because} answers={answers} compact={!expanded} />
    </details>
  );
  return (
    <>
      {c.obligations.length > 0 && (
        <section aria-labelledby="need" className="mt-8">
          <h2 id="need" className="text-xl font-semibold">
            {t('result.needTitle')}
          </h2>
          <ul className="mt-3 space-y-2">
            {c.obligations.map((o) => {
              const pack = packFor(locale, o.id);
              const authority = authorityOf(o.id);
              return (
                <li key={o.id} id={`need-${o.id}`} className="item-card text-sm">
                  <h3 className="text-base font-semibold">{t(`assessment.obligations.${o.id}.label`)}</h3>
                  <p className="mt-1 text-slate-700">{t(`assessment.obligations.${o.id}.summary`)}</p>
                  {!where ? null : authority ? (
                    <p className="mt-2 text-slate-700" data-authority={authority.note.basis}>
                      {t.rich('decision.labelled', {
                        label: t('decision.authority.label'),
                        value: t(`decision.authority.${authority.role}.${authority.note.basis}`, {
                          province: authority.note.province
                            ? t(`assessment.questions.location.options.${authority.note.province}.label`)
                            : '',
                        }),
                        b,
                      })}
                      {authority.note.confidence !== 'high' && <> {t('decision.authority.medium')}</>}
                    </p>
                  ) : (
                    expanded || (
                      <p className="mt-2 text-slate-700">
                        {t.rich('decision.labelled', {
                          label: t('result.authority'),
                          value: t(`assessment.obligations.${o.id}.authority`),
                          b,
                        })}
                      </p>
                    )
                  )}
                  {o.subItems.length > 0 && (
                    <div className="mt-2">
                      <p className="font-semibold">{t('result.subItems')}</p>
                      <ul className="mt-1 list-disc space-y-1 pl-5">
                        {o.subItems.map((item) => (
                          <li key={item}>
                            <Link href={localePath(locale, `/categories/${item}`)} className="text-link">
                              {t(`assessment.subItems.${item}`)}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {o.codes.length > 0 && (
                    <div className="mt-2">
                      <p className="font-semibold">{t('result.codes')}</p>
                      <ul className="mt-1 list-disc pl-5">
                        {o.codes.map((code) => (
                          <li key={code}>{t('decision.codeWithName', { code, name: t(`assessment.codes.${code}`) })}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {pack &&
                    (expanded ? (
                      <div className="mt-2">
                        <ApplicationPack t={t} format={format} locale={locale} pack={pack} level="h4" />
                      </div>
                    ) : (
                      <>
                        {where && pack.portals.length > 0 && (
                          <p className="mt-2">
                            {t.rich('decision.pack.officialSites', {
                              b,
                              sites: () =>
                                pack.portals.map((portal, i) => (
                                  <span key={portal.id}>
                                    {i > 0 && t('decision.listSeparator')}
                                    <a href={portal.url} className="text-link" rel="noopener noreferrer">
                                      {portal.name[locale]}
                                    </a>
                                  </span>
                                )),
                            })}
                          </p>
                        )}
                        <p className="no-print mt-2">
                          <a href={localePath(locale, permitPath(o.id))} className="text-link font-semibold">
                            {t('explore.permits.full', { label: t(`assessment.obligations.${o.id}.label`) })}
                          </a>
                        </p>
                      </>
                    ))}
                  {reasons(o.because)}
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
        open={expanded}
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
        open={expanded}
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
        open={expanded}
        items={c.notNeeded.map((n) => ({ id: n.id, label: t(`assessment.obligations.${n.id}.label`), because: n.because }))}
        reasons={reasons}
      />
    </>
  );
}

const b = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
