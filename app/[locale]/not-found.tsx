import { getLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/routing';
import { PageShell } from '@/components/page-shell';
import { NotFoundContent } from '@/components/not-found-content';

export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <PageShell locale={locale} path="">
      <NotFoundContent locale={locale} />
    </PageShell>
  );
}
