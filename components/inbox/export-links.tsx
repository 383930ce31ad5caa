import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface ExportLinksProps {
  locale: Locale;
  /** The export's query without its format: one enquiry (`ref=…`) or the queue's filters. */
  query: string;
}

/** "Export: CSV · JSON" for what the page shows, through the same code as `npm run enquiries -- export`. */
export async function ExportLinks({ locale, query }: ExportLinksProps) {
  const t = await getTranslations({ locale, namespace: 'inbox' });
  const href = (format: 'csv' | 'json') => `${localePath(locale, '/inbox/export')}?${query ? `${query}&` : ''}format=${format}`;
  return (
    <>
      {t('export')}:{' '}
      <a href={href('csv')} className="text-brand-800 underline">
        {t('exportCsv')}
      </a>{' '}
      ·{' '}
      <a href={href('json')} className="text-brand-800 underline">
        {t('exportJson')}
      </a>
    </>
  );
}
