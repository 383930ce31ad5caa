import { Link } from '@/components/link';
import { getFormatter } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getSite } from '@/lib/content/site';
import { latestReview } from '@/lib/content/review';
import { FOOTER_ITEMS } from './site-nav';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const tRoot = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const site = getSite();
  const reviewed = latestReview(locale);
  return (
    <footer className="no-print mt-auto border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 sm:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="font-semibold text-slate-900">{site.name[locale]}</p>
          <p>{t('disclaimer')}</p>
          {reviewed && (
            <p>{t('reviewed', { date: format.dateTime(new Date(`${reviewed}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
          )}
        </div>
        <div className="space-y-2 sm:text-right">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 sm:justify-end">
            {FOOTER_ITEMS.map((item) => (
              <li key={item.path}>
                <Link href={localePath(locale, item.path)} className="text-link">
                  {tRoot(item.title)}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={localePath(locale, '/contact')} className="text-link font-semibold">
              {t('contactLink')}
            </Link>
          </p>
          <p>{t('rights', { year: new Date().getFullYear(), name: site.name[locale] })}</p>
        </div>
      </div>
    </footer>
  );
}
