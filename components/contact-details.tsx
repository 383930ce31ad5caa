import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { getSite } from '@/lib/content/site';
import { isPlaceholderAddress } from '@/lib/site-address';

/** The operator's contact details from content/site.yaml. */
export async function ContactDetails({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'contact' });
  const site = getSite();
  const placeholder = isPlaceholderAddress(site.siteUrl);
  const tel = site.phone.replace(/[^+0-9]/g, '');
  return (
    <div className="mt-8 rounded-lg border border-slate-200 p-6">
      <p className="text-lg font-semibold text-slate-900">{site.name[locale]}</p>
      {(site.example || placeholder) && (
        <p role="note" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {site.example && <span className="block">{t('exampleNotice')}</span>}
          {placeholder && <span className="block">{t('placeholderAddress', { siteUrl: site.siteUrl })}</span>}
        </p>
      )}
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-700">{t('phone')}</dt>
        <dd>
          <a href={`tel:${tel}`} className="text-brand-800 underline">
            {site.phone}
          </a>
        </dd>
        <dt className="font-semibold text-slate-700">{t('email')}</dt>
        <dd>
          <a href={`mailto:${site.email}`} className="text-brand-800 underline">
            {site.email}
          </a>
        </dd>
        <dt className="font-semibold text-slate-700">{t('wechat')}</dt>
        <dd>{site.wechat}</dd>
        <dt className="font-semibold text-slate-700">{t('address')}</dt>
        <dd>{site.address[locale]}</dd>
        <dt className="font-semibold text-slate-700">{t('hours')}</dt>
        <dd>{site.officeHours[locale]}</dd>
      </dl>
    </div>
  );
}
