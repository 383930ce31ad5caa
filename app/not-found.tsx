import { Link } from '@/components/link';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { loadMessages } from '@/lib/i18n/messages';

// Reached only for paths outside any locale (the proxy sends the rest into a locale): it speaks every language.
export default function RootNotFound() {
  return (
    <html lang={LANGUAGE_TAGS[DEFAULT_LOCALE]}>
      <body className="bg-white font-sans text-slate-900">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <h1 className="text-3xl font-bold">
            {LOCALES.map((locale, i) => (
              <span key={locale} lang={LANGUAGE_TAGS[locale]}>
                {i > 0 && ' · '}
                {loadMessages(locale).notFound.title}
              </span>
            ))}
          </h1>
          <p className="mt-4">
            {LOCALES.map((locale, i) => (
              <span key={locale}>
                {i > 0 && ' · '}
                <Link href={localePath(locale)} lang={LANGUAGE_TAGS[locale]} className="text-brand-700 underline">
                  {loadMessages(locale).notFound.home}
                </Link>
              </span>
            ))}
          </p>
        </main>
      </body>
    </html>
  );
}
