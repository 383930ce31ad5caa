import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { PageShell } from '@/components/page-shell';

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : 'en';
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <PageShell locale={locale} path="">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li><Link href={localePath(locale)} className="btn-primary">{t('home')}</Link></li>
        <li><Link href={localePath(locale, '/categories')} className="btn-secondary">{t('categories')}</Link></li>
      </ul>
    </PageShell>
  );
}
