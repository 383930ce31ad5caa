import type { getFormatter } from 'next-intl/server';
import type { getTranslations } from '@/lib/i18n/translator';
import type { Pack } from '@/lib/content/packs';
import { sourceName } from '@/lib/content/sources';
import { formatArticle } from '@/lib/i18n/articles';
import type { Locale } from '@/lib/i18n/routing';

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** How to obtain an obligation: issuer, channel, checklist, timing, fees, validity, duties after, sources. */
export function ApplicationPack({ t, format, locale, pack }: { t: Translate; format: Format; locale: Locale; pack: Pack }) {
  const row = 'mt-3';
  const label = 'font-semibold text-slate-900';
  return (
    <div className="mt-3 text-sm text-slate-800">
      <p className={row}>
        <span className={label}>{t('decision.pack.issuer')}</span> {pack.issuer}
      </p>
      <p className={row}>
        <span className={label}>{t('decision.pack.where')}</span> {pack.where}
      </p>
      <p className={`${row} ${label}`}>{t('decision.pack.prepare')}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {pack.prepare.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className={`${row} ${label}`}>{t('decision.pack.timing')}</p>
      <p className="mt-1">
        {t('decision.pack.official')} {pack.timeLimit}
        {pack.practice && (
          <>
            {' '}
            {t('decision.pack.practice')} {pack.practice}
          </>
        )}
      </p>
      <p className={row}>
        <span className={label}>{t('decision.pack.fees')}</span> {pack.fees}
      </p>
      <p className={row}>
        <span className={label}>{t('decision.pack.validity')}</span> {pack.validity}
      </p>
      <p className={`${row} ${label}`}>{t('decision.pack.after')}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {pack.after.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {pack.rejections && (
        <>
          <p className={`${row} ${label}`}>{t('decision.pack.rejections')}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {pack.rejections.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p className={`${row} ${label}`}>{t('decision.pack.sources')}</p>
      <ul className="mt-1 space-y-1">
        {pack.cited.map(({ entry, article }) => (
          <li key={entry.id}>
            {entry.url ? (
              <a href={entry.url} className="text-brand-800 underline" rel="noopener noreferrer">
                {sourceName(entry, locale)}
              </a>
            ) : (
              sourceName(entry, locale)
            )}
            {article && ` ${formatArticle(locale, article)}`}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">
        {t('decision.pack.checked', {
          date: format.dateTime(new Date(`${pack.lastReviewed}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }),
        })}
      </p>
    </div>
  );
}
