import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** The body of the site's 404 page, also used inline where calling notFound() would stream an empty shell. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
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
