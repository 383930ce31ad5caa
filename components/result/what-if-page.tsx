import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { ResultView } from '@/lib/views/result';
import { whatIfView } from '@/lib/views/what-if-view';
import { Link } from '@/components/link';
import { PageHeading } from '@/components/page-heading';
import { WhatIfList } from './what-if';

/** A result's what-ifs, all of them, grouped by the answer they change, with the comparison of the weightiest (the result page links here). */
export async function WhatIfPage({ locale, view }: { locale: Locale; view: ResultView }) {
  const t = await getTranslations({ locale });
  const whatIfs = whatIfView(locale, view.answers, view.code, view.version);
  return (
    <>
      <Link href={view.href} className="text-sm text-brand-800 underline">
        {t('explore.whatIf.back')}
      </Link>
      <PageHeading
        title={t('explore.whatIf.pageTitle')}
        lead={whatIfs.total === 0 ? t('explore.whatIf.none') : t('explore.whatIf.lead')}
        spaced
      />
      <WhatIfList locale={locale} answers={view.answers} view={whatIfs} level="h2" />
      <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        {whatIfs.compareHref && (
          <a href={whatIfs.compareHref} className="text-link font-semibold">
            {t('explore.whatIf.compare')}
          </a>
        )}
        <a href={whatIfs.feedHref} type="application/atom+xml" className="text-link">
          {t('explore.feed.subscribe')}
        </a>
      </p>
    </>
  );
}
