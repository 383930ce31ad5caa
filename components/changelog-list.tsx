import { getTranslations } from 'next-intl/server';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { ChangelogEntry } from '@/lib/assessment/changelog';
import type { Locale } from '@/lib/i18n/routing';

/** Each ruleset version: its anchor (#v2), its date and what changed. */
export async function ChangelogList({ locale, entries }: { locale: Locale; entries: readonly ChangelogEntry[] }) {
  const t = await getTranslations({ locale });
  return (
    <ol className="mt-8 space-y-8">
      {entries.map((entry) => (
        <li key={entry.version} id={entry.anchor} className="scroll-mt-24 rounded-lg border border-slate-200 p-5">
          <h2 className="text-2xl font-semibold text-slate-900">
            {t('ruleChanges.changelog.version', { version: entry.version })}
            {entry.current && <span className="ml-3 text-base font-normal text-emerald-800">{t('ruleChanges.changelog.current')}</span>}
          </h2>
          <p className="mt-1 text-slate-700">
            <time dateTime={entry.released}>{t('ruleChanges.changelog.released', { date: formatIsoDate(locale, entry.released) })}</time>
          </p>
          <ul className="mt-4 list-disc space-y-2 pl-5 text-slate-800">
            {entry.items.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
