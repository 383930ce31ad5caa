import { createTranslator } from 'next-intl';
import { getSite } from '@/lib/content/site';
import { loadMessages } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { pageFor } from '@/lib/pages';
import { outcomeLabel } from '@/components/result/outcome-label';
import { resultPath } from '@/lib/addresses/urls';
import { atomXml, resultFeed, type FeedRuleset } from './feed';
import { FEED_RULESETS } from './rulesets';
import { HOW_IT_DECIDES_PATH } from './how-it-decides';
import { SITE_FEED_PATH, resultFeedPath } from './feed-path';

type Translate = (key: string, values?: Record<string, string>) => string;

function translator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
}

/** Where a ruleset version is described: its changelog entry when the site has a changelog, else how it decides. */
function versionHref(locale: Locale, version: string): string {
  return pageFor(locale, '/changelog') ? `${localePath(locale, '/changelog')}#v${version}` : localePath(locale, HOW_IT_DECIDES_PATH);
}

/** The Atom document of a result's feed, or null for a code that does not read. */
export function resultFeedXml(locale: Locale, code: string, rulesets: readonly FeedRuleset[] = FEED_RULESETS): string | null {
  const feed = resultFeed(code, rulesets);
  if (!feed) return null;
  const t = translator(locale);
  const site = getSite().siteUrl;
  const sep = t('wizard.listSeparator');
  const items = t('explore.whatIf.itemSeparator');
  const entries = feed.entries.map((e) => {
    const parts: string[] = [];
    if (e.diff.verdict) parts.push(t('explore.whatIf.verdict', { verdict: t(`assessment.verdicts.${e.diff.verdict.to}.label`) }));
    if (e.diff.added.length) parts.push(t('explore.whatIf.adds', { items: e.diff.added.map((r) => outcomeLabel(t, r)).join(items) }));
    if (e.diff.removed.length) parts.push(t('explore.whatIf.drops', { items: e.diff.removed.map((r) => outcomeLabel(t, r)).join(items) }));
    const link = e.code ? `${site}${localePath(locale, resultPath(e.code))}` : `${site}${localePath(locale, '/assessment')}`;
    return {
      id: `${site}${resultFeedPath(locale, code)}#v${e.version}`,
      title: t('explore.feed.changed', { version: e.version }),
      updated: e.released,
      link,
      summary: e.code
        ? t('explore.feed.changedSummary', { version: e.version, changes: parts.join(sep) })
        : t('explore.feed.answerAgain', { version: e.version }),
    };
  });
  return atomXml({
    id: `${site}${resultFeedPath(locale, code)}`,
    title: t('explore.feed.resultTitle', { code }),
    updated: feed.entries.at(-1)?.released ?? feed.released,
    self: `${site}${resultFeedPath(locale, code)}`,
    alternate: `${site}${localePath(locale, resultPath(code))}`,
    author: t('meta.siteName'),
    lang: locale,
    entries,
  });
}

/** The Atom document of the site-wide feed: one entry per ruleset version, newest first. */
export function siteFeedXml(locale: Locale, rulesets: readonly FeedRuleset[] = FEED_RULESETS): string {
  const t = translator(locale);
  const site = getSite().siteUrl;
  const entries = [...rulesets].reverse().map((r) => ({
    id: `${site}${localePath(locale, SITE_FEED_PATH)}#v${r.version}`,
    title: t('explore.feed.version', { version: r.version }),
    updated: r.released,
    link: `${site}${versionHref(locale, r.version)}`,
    summary: t('explore.feed.released', { version: r.version, date: r.released }),
  }));
  return atomXml({
    id: `${site}${localePath(locale, SITE_FEED_PATH)}`,
    title: t('explore.feed.siteTitle', { site: t('meta.siteName') }),
    updated: rulesets.at(-1)!.released,
    self: `${site}${localePath(locale, SITE_FEED_PATH)}`,
    alternate: `${site}${versionHref(locale, rulesets.at(-1)!.version)}`,
    author: t('meta.siteName'),
    lang: locale,
    entries,
  });
}
