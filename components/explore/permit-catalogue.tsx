import { getTranslations } from 'next-intl/server';
import { PERMIT_GROUPS, permitPath, type PermitGroup } from '@/lib/content/permits';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { CallToAction } from '@/components/call-to-action';
import { NotCovered } from '@/components/result/not-covered';

/**
 * Every permit the assessment can name, by group: each with what it is and who issues it, linked to its page; then
 * the neighbouring duties it does not assess (a result page links them here).
 */
export async function PermitCatalogue({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <>
      <PageHeading title={t('explore.permits.title')} lead={t('explore.permits.lead')} />
      {(Object.keys(PERMIT_GROUPS) as PermitGroup[]).map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
          <h2 id={`group-${group}`} className="text-2xl font-semibold text-slate-900">
            {t(`explore.permits.groups.${group}`)}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {PERMIT_GROUPS[group].map((id) => (
              <li key={id} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold">
                  <Link href={localePath(locale, permitPath(id))} className="text-link">
                    {t(`assessment.obligations.${id}.label`)}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-slate-700">{t(`assessment.obligations.${id}.summary`)}</p>
                <p className="mt-1 text-sm text-slate-600">
                  {t.rich('decision.labelled', {
                    label: t('result.authority'),
                    value: t(`assessment.obligations.${id}.authority`),
                    b: (chunks) => <span className="font-semibold">{chunks}</span>,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <NotCovered t={t} locale={locale} lead={t('explore.permits.notCoveredLead')} />
      <CallToAction tone="soft" href={localePath(locale, '/assessment')} label={t('explore.permits.assessmentCta')} />
    </>
  );
}
