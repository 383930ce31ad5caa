import { getTranslations } from 'next-intl/server';
import { formatIsoDate } from '@/lib/i18n/dates';
import { Link } from '@/components/link';
import type { RulesUpdate } from '@/lib/assessment/updates';
import type { Locale } from '@/lib/i18n/routing';
import { noChanges } from '@/lib/assessment/compare';
import { ChangeList } from './change-list';

export interface RulesUpdatedBannerProps {
  locale: Locale;
  /** From `rulesUpdate(answers, rulesetOfTheLink)` in lib/assessment/updates.ts. */
  update: RulesUpdate;
  /** The current result (or, when `update.missing` is set, the question still to answer under the current rules). */
  currentHref: string;
  /** The changelog entry of the current version, e.g. /en/changelog#v2. */
  changelogHref: string;
}

/** On a result issued under older rules: when the rules changed, what that changes here, and the way to the current result. */
export async function RulesUpdatedBanner({ locale, update, currentHref, changelogHref }: RulesUpdatedBannerProps) {
  const t = await getTranslations({ locale });
  const date = formatIsoDate(locale, update.to.released);
  const versions = { version: update.from.version, current: update.to.version };
  return (
    <section aria-labelledby="rules-updated" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="rules-updated" className="text-xl font-semibold text-slate-900">
        {t('ruleChanges.banner.title', { date })}
      </h2>
      {update.changes === null ? (
        <p className="mt-2 text-slate-800">{t('ruleChanges.banner.missing', versions)}</p>
      ) : noChanges(update.changes) ? (
        <p className="mt-2 text-slate-800">{t('ruleChanges.banner.same', versions)}</p>
      ) : (
        <>
          <p className="mt-2 text-slate-800">{t('ruleChanges.banner.lead', versions)}</p>
          <ChangeList t={t} changes={update.changes} />
        </>
      )}
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={currentHref} className="font-semibold text-sky-800 underline">
          {t(update.missing ? 'ruleChanges.banner.answer' : 'ruleChanges.banner.cta')}
        </Link>
        <Link href={changelogHref} className="text-sky-800 underline">
          {t('ruleChanges.banner.changelog')}
        </Link>
      </p>
    </section>
  );
}
