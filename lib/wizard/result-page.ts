import { cache } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/content/site';
import { resolveLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/seo';
import { resolveResultCode } from './result';
import { resultPath } from './urls';

type Params = Promise<{ locale: string; code: string }>;

// The page and its metadata share one reading of the code per render.
const view = cache(resolveResultCode);

/** The locale and what `/<locale>/result/<code>` shows. */
export async function loadResultPage(params: Params) {
  const locale = await resolveLocale(params);
  const { code } = await params;
  return { locale, view: view(locale, code) };
}

/** The JSON of a result: `/api/assessment/<code>`. */
export function resultApiPath(code: string): string {
  return `/api/assessment/${code}`;
}

/** A result's metadata: its short link is the canonical address (and og:url), with its JSON as an alternate. */
export async function resultMetadata(params: Params): Promise<Metadata> {
  const { locale, view } = await loadResultPage(params);
  const t = await getTranslations({ locale });
  if (view.kind !== 'result') return { title: t('notFound.title'), robots: { index: false } };
  const meta = pageMetadata({
    locale,
    path: resultPath(view.code),
    title: t('result.pageTitle'),
    description: t('result.lead'),
    siteName: t('meta.siteName'),
    noindex: true,
  });
  return { ...meta, alternates: { ...meta.alternates, types: { 'application/json': `${getSite().siteUrl}${resultApiPath(view.code)}` } } };
}
