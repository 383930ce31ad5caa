import { Link } from '@/components/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** The body of the site's 404 page, also used inline where calling notFound() would stream an empty shell. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('lead')}</p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <Link href={localePath(locale)} className="btn-primary">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href={localePath(locale, '/categories')} className="btn-secondary">
            {t('categories')}
          </Link>
        </li>
      </ul>
    </>
  );
}
