import type { ReactNode } from 'react';
import type { getFormatter } from 'next-intl/server';
import type { getTranslations } from 'next-intl/server';
import { packSources, type Pack } from '@/lib/content/packs';
import type { CitedSource } from '@/lib/content/sources';
import { sourceName } from '@/lib/content/sources';
import { citationSeparator, withArticle } from '@/lib/i18n/articles';
import type { Locale } from '@/lib/i18n/routing';

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** The heading level of a pack's parts: h2 on a permit's own page, lower inside a result's item. */
type Level = 'h2' | 'h3' | 'h4';

export interface PackPartProps {
  t: Translate;
  locale: Locale;
  pack: Pack;
}

function Cited({ locale, sources }: { locale: Locale; sources: readonly CitedSource[] }) {
  return sources.map(({ entry, article }, i) => (
    <span key={entry.id}>
      {i > 0 && citationSeparator(locale)}
      {entry.url ? (
        <a href={entry.url} className="text-link" rel="noopener noreferrer">
          {sourceName(entry, locale)}
        </a>
      ) : (
        sourceName(entry, locale)
      )}
      {article && withArticle(locale, '', article)}
    </span>
  ));
}

/** Where one applies: the channel in words and each official portal the brief gives, with its address and confidence. */
export function WhereToApply({ t, locale, pack }: PackPartProps) {
  return (
    <>
      <p>{pack.apply.channel}</p>
      {pack.portals.length > 0 && (
        <ul className="mt-1 space-y-1">
          {pack.portals.map((portal) => (
            <li key={portal.id}>
              {t.rich('decision.pack.portal', {
                name: () => (
                  <a href={portal.url} className="text-link font-medium" rel="noopener noreferrer">
                    {portal.name[locale]}
                  </a>
                ),
                url: () => <span className="break-all text-slate-600">{portal.url.replace(/^https?:\/\//, '')}</span>,
                confidence: t(`decision.pack.addressConfidence.${portal.confidence}`),
                badge: (chunks) => <span className="badge">{chunks}</span>,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * A permit's pack in full: who issues it, where to apply, what to prepare, how long (the statutory limit and what
 * practice reports, each with its sources), fees, validity, the duties after, common reasons for refusal, sources.
 * The same parts on a permit's page and in a result's printout.
 */
export function ApplicationPack({ t, format, locale, pack, level = 'h3' }: PackPartProps & { format: Format; level?: Level }) {
  const H = level;
  const b = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;
  const muted = (chunks: ReactNode) => <span className="text-sm text-slate-600">{chunks}</span>;
  const head = level === 'h2' ? 'mt-8 text-xl font-semibold text-slate-900' : 'mt-4 font-semibold text-slate-900';
  const list = (items: readonly string[]) => (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <div className="text-slate-800">
      <H className={head}>{t('decision.pack.issuer')}</H>
      <p className="mt-1">{pack.issuer}</p>
      {pack.holders && (
        <>
          <H className={head}>{t('decision.pack.holders')}</H>
          <p className="mt-1">{pack.holders}</p>
        </>
      )}
      <H className={head}>{t('decision.pack.where')}</H>
      <div className="mt-1">
        <WhereToApply t={t} locale={locale} pack={pack} />
      </div>
      <H className={head}>{t('decision.pack.prepare')}</H>
      {list(pack.prepare)}
      <H className={head}>{t('decision.pack.timing')}</H>
      <p className="mt-1">
        {t.rich('decision.pack.limitLine', {
          label: t('decision.pack.official'),
          text: pack.timeLimit.text,
          sources: () => <Cited locale={locale} sources={pack.timeLimit.cited} />,
          b,
          muted,
        })}
      </p>
      {pack.practice && (
        <p className="mt-1">
          {pack.practice.cited.length > 0
            ? t.rich('decision.pack.limitLine', {
                label: t('decision.pack.practice'),
                text: pack.practice.text,
                sources: () => <Cited locale={locale} sources={pack.practice!.cited} />,
                b,
                muted,
              })
            : t.rich('decision.pack.practiceLine', { label: t('decision.pack.practice'), text: pack.practice.text, b })}
        </p>
      )}
      <H className={head}>{t('decision.pack.fees')}</H>
      <p className="mt-1">{pack.fees}</p>
      <H className={head}>{t('decision.pack.validity')}</H>
      <p className="mt-1">{pack.validity}</p>
      <H className={head}>{t('decision.pack.after')}</H>
      {list(pack.after)}
      {pack.rejections && (
        <>
          <H className={head}>{t('decision.pack.rejections')}</H>
          {list(pack.rejections)}
        </>
      )}
      <H className={head}>{t('decision.pack.sources')}</H>
      <ul className="mt-1 space-y-1">
        {packSources(pack).map((source) => (
          <li key={source.entry.id}>
            <Cited locale={locale} sources={[source]} />
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
