import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import type { Rule } from '@/lib/assessment';
import type { PermitView } from '@/lib/content/permits';
import { PERMITS_PATH } from '@/lib/content/permits';
import { ruleHref } from '@/lib/explore/how-it-decides';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { CallToAction } from '@/components/call-to-action';
import { ApplicationPack } from '@/components/result/application-pack';
import { conditionText } from './condition-text';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function RuleList({ t, locale, rules }: { t: Translate; locale: Locale; rules: readonly Rule[] }) {
  return (
    <ul className="mt-2 space-y-3">
      {rules.map((rule) => (
        <li key={rule.id} className="rounded-md border border-slate-200 p-3">
          <p className="text-slate-800">{t(`assessment.rules.${rule.id}`)}</p>
          <details className="mt-1 text-sm text-slate-600">
            <summary className="cursor-pointer">{t('explore.permits.conditionSummary')}</summary>
            <p className="mt-1">{conditionText(t, rule.when)}</p>
          </details>
          <p className="mt-1 text-sm">
            <Link href={ruleHref(locale, rule.id)} className="text-link">
              {t('explore.howItDecides.ruleLink')}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One permit of the catalogue: what it is, who needs it (the current rules, in words), and its pack in full. */
export async function PermitBody({ locale, view }: { locale: Locale; view: PermitView }) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return (
    <>
      <Link href={localePath(locale, PERMITS_PATH)} className="text-sm text-brand-800 underline">
        {t('explore.permits.all')}
      </Link>
      <PageHeading title={t(`assessment.obligations.${view.id}.label`)} lead={view.pack.what} spaced />
      <section aria-labelledby="who-needs" className="mt-8">
        <h2 id="who-needs" className="text-xl font-semibold text-slate-900">
          {t('explore.permits.whoNeeds')}
        </h2>
        {view.needs.length > 0 ? (
          <>
            <p className="mt-1 text-slate-700">{t('explore.permits.whoNeedsLead', { version: view.version })}</p>
            <RuleList t={t} locale={locale} rules={view.needs} />
          </>
        ) : (
          <p className="mt-1 text-slate-700">{t('explore.permits.noRules')}</p>
        )}
        {view.notNeeded.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold text-slate-900">{t('explore.permits.notNeededTitle')}</h3>
            <RuleList t={t} locale={locale} rules={view.notNeeded} />
          </>
        )}
      </section>
      <ApplicationPack t={t} format={format} locale={locale} pack={view.pack} level="h2" />
      <CallToAction tone="soft" href={localePath(locale, '/assessment')} label={t('explore.permits.assessmentCta')} />
    </>
  );
}
