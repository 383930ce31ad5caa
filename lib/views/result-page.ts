import { cache } from 'react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSite } from '@/lib/content/site';
import { resolveLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/seo';
import { previewOf } from '@/lib/og/result-preview';
import { resolveResultCode } from './result';
import { resultPath } from '@/lib/addresses/urls';

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

/** The metadata of a page of one result (its print view, its what-ifs): its own address, not for search engines. */
export async function resultViewMetadata(
  params: Params,
  suffix: string,
  titleKey: 'decision.print.viewTitle' | 'explore.whatIf.pageTitle',
): Promise<Metadata> {
  const { locale, view } = await loadResultPage(params);
  const t = await getTranslations({ locale });
  if (view.kind !== 'result') return { title: t('notFound.title'), robots: { index: false } };
  return pageMetadata({
    locale,
    path: `${resultPath(view.code)}${suffix}`,
    title: t(titleKey),
    description: t('result.lead'),
    siteName: t('meta.siteName'),
    noindex: true,
  });
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
  // The link preview names this result's verdict and main items, in its language, with its own image.
  const preview = previewOf(view, t);
  const ogTitle = `${preview.title} · ${preview.site}`;
  const ogDescription = t('decision.og.alt', {
    verdict: preview.title,
    why: preview.why,
    itemsTitle: preview.itemsTitle,
    items: preview.items.join(t('decision.listSeparator')),
  });
  const image = { url: `${getSite().siteUrl}${view.href}/preview.png`, width: 1200, height: 630, alt: ogDescription };
  return {
    ...meta,
    openGraph: { ...meta.openGraph, title: ogTitle, description: ogDescription, images: [image] },
    // Twitter (X) reads og:title, og:description and og:image where its own tags are absent: only the card type is set.
    twitter: { card: 'summary_large_image' },
    alternates: { ...meta.alternates, types: { 'application/json': `${getSite().siteUrl}${resultApiPath(view.code)}` } },
  };
}
