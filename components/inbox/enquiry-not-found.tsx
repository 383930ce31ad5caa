import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/** An enquiry reference the store does not have: say so, and lead back to the queue. */
export async function EnquiryNotFound({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  return (
    <>
      <PageHeading title={t('title')} lead={t('notFound')} />
      <Link href={localePath(locale, '/inbox')} className="btn-primary mt-6">
        {t('back')}
      </Link>
    </>
  );
}
