import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { getSite } from '@/lib/content/site';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** The "About us" page from content/site.yaml; while its values are the examples, it says so. */
export async function AboutView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'about' });
  const site = getSite();
  const about = site.about;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      {site.example && <p className="mt-4 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-900">{t('exampleNotice')}</p>}
      <section aria-labelledby="who" className="mt-8">
        <h2 id="who" className="text-2xl font-semibold text-slate-900">
          {t('whoTitle')}
        </h2>
        <p className="mt-2 text-lg font-medium text-slate-900">{site.name[locale]}</p>
        {about && <p className="mt-2 text-slate-700">{about.summary[locale]}</p>}
      </section>
      {about && (
        <>
          <section aria-labelledby="services" className="mt-8">
            <h2 id="services" className="text-2xl font-semibold text-slate-900">
              {t('servicesTitle')}
            </h2>
            <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-800">
              {about.services.map((s) => (
                <li key={s.name.en}>
                  {s.name[locale]}
                  {s.detail && <span className="block text-slate-600">{s.detail[locale]}</span>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="consultation" className="mt-8">
            <h2 id="consultation" className="text-2xl font-semibold text-slate-900">
              {t('consultationTitle')}
            </h2>
            <ol className="mt-3 list-decimal space-y-2 pl-6 text-slate-800">
              {about.consultation.map((step) => (
                <li key={step.en}>{step[locale]}</li>
              ))}
            </ol>
          </section>
        </>
      )}
      <section aria-labelledby="reviewer" className="mt-8">
        <h2 id="reviewer" className="text-2xl font-semibold text-slate-900">
          {t('reviewerTitle')}
        </h2>
        {about?.reviewer ? (
          <>
            <p className="mt-2 text-slate-800">{t('reviewerLead')}</p>
            <p className="mt-1 text-slate-800">
              <strong>{about.reviewer.name[locale]}</strong>
              {t('reviewerSeparator')}
              {about.reviewer.qualification[locale]}
            </p>
          </>
        ) : (
          <p className="mt-2 text-slate-700">{t('noReviewer')}</p>
        )}
      </section>
      <p className="mt-10">
        <Link href={localePath(locale, '/enquiry')} className="btn-primary">
          {t('cta')}
        </Link>
      </p>
    </>
  );
}
