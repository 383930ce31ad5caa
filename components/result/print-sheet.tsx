import type { getTranslations } from 'next-intl/server';
import type { Classification, SourceEntry } from '@/lib/assessment';
import { getSource, sourceName } from '@/lib/content/sources';
import { packFor, packSources } from '@/lib/content/packs';
import type { Site } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/routing';
import { qrSvg } from '@/lib/views/qr';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Every source the result cites (rules and application packs), once each, with its full address. */
export function citedSources(locale: Locale, c: Classification): { title: string; url: string }[] {
  const seen = new Map<string, string>();
  const outcomes = [...c.obligations, ...c.findings, ...c.greyAreas, ...c.notNeeded];
  const add = (entry: SourceEntry | undefined | null) => {
    if (entry?.url && !seen.has(entry.url)) seen.set(entry.url, sourceName(entry, locale));
  };
  for (const citation of outcomes.flatMap((o) => o.because.flatMap((r) => r.citations))) add(getSource(citation.source));
  for (const o of c.obligations) {
    const pack = packFor(locale, o.id);
    for (const { entry } of pack ? packSources(pack) : []) add(entry);
  }
  return [...seen].map(([url, title]) => ({ url, title }));
}

export interface PrintSheetProps {
  t: Translate;
  locale: Locale;
  site: Site;
  link: string;
  classification: Classification;
  /** Shown on screen too (the print view), not only when printed. */
  screen?: boolean;
}

/** The printout's head: who prepared it and how to reach them. */
export function PrintHead({ t, locale, site, screen }: Pick<PrintSheetProps, 't' | 'locale' | 'site' | 'screen'>) {
  return (
    <div className={`${screen ? '' : 'hidden print:block '}border-b border-slate-400 pb-2 text-sm`}>
      <p className="font-semibold">{t('decision.print.preparedBy', { name: site.name[locale] })}</p>
      <p>{t('decision.print.contact', { phone: site.phone, email: site.email, wechat: site.wechat })}</p>
      <p>{site.address[locale]}</p>
    </div>
  );
}

/** The printout's foot: the link as text and as a QR code, and every source with its full address. */
export async function PrintFoot({ t, locale, link, classification, screen }: PrintSheetProps) {
  const svg = await qrSvg(link, t('decision.print.qr'));
  const sources = citedSources(locale, classification);
  return (
    <div className={`${screen ? '' : 'hidden print:block '}mt-8 break-inside-avoid text-sm`}>
      <div className="flex items-center gap-4">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <p>{t.rich('decision.print.linkLine', { link, url: (chunks) => <span className="font-mono break-all">{chunks}</span> })}</p>
      </div>
      {sources.length > 0 && (
        <>
          <h2 className="mt-4 font-semibold">{t('decision.print.sourcesTitle')}</h2>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5">
            {sources.map((s) => (
              <li key={s.url}>
                {t.rich('decision.print.source', {
                  title: s.title,
                  url: (chunks) => <span className="break-all">{chunks}</span>,
                  address: s.url,
                })}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
