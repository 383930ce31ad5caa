import { getLocale } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/routing';
import { NotFoundContent } from '@/components/not-found-content';

// What notFound() shows under a locale. The proxy answers unknown addresses before any page runs (with the whole
// site's 404 page, header included: app/[locale]/[...rest]/page.tsx), so this is a fallback. Next renders it into
// the payload of every page of the locale layout, so it is kept small: the body and a way home, no site header
// (which was 5 of a result page's 80 KB of RSC payload, rendered again on every render).
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl px-4 py-8 sm:py-12">
      <NotFoundContent locale={locale} />
    </main>
  );
}
