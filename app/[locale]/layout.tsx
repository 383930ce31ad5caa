import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getTranslations } from 'next-intl/server';
import { LANGUAGE_TAGS, LOCALES, isLocale } from '@/lib/i18n/routing';
import { SiteFooter } from '@/components/site-footer';

// Which locales exist is enforced by the proxy and by notFound() below, and each statically generated page
// sets dynamicParams = false itself: set here, it would also close the cached result route
// (result/[code]), whose pages are generated on request.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

// The title every page inherits (the not-found page has no metadata of its own); pages add theirs before it.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('defaultDescription'),
    // The files in public/ (made by `npm run static-images`).
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
    },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'a11y' });
  return (
    <html lang={LANGUAGE_TAGS[locale]}>
      {/* The staff inbox (data-inbox) has a plain frame of its own: the public footer is not shown there. Kept in this
          layout, not in each page, so its links' client code stays in the layout's shared chunk. */}
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased [&:has([data-inbox])>footer]:hidden">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-white px-4 py-2 text-brand-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('skipLink')}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
