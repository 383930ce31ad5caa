import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { QUESTIONS, classify, rulesetFor, type Answers, type Classification } from '@/lib/assessment';
import { readResultCode, resultCode } from '@/lib/addresses/result-link';
import { atomXml, resultFeed, under, type FeedRuleset } from './feed';
import { resultFeedXml, siteFeedXml } from './feeds';
import { FEED_RULESETS } from './rulesets';

const ATOM = 'http://www.w3.org/2005/Atom';

/** RFC 4287's required elements: the feed's id, title, updated and author (or every entry's); each entry's id, title, updated, link or content. */
function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
      xml,
      'application/xml',
    ) as unknown as Document;
  } catch (error) {
    return [...problems, `not well-formed: ${(error as Error).message}`];
  }
  const feed = doc.documentElement;
  if (!feed || feed.localName !== 'feed' || feed.namespaceURI !== ATOM) return [...problems, 'root is not an Atom feed'];
  const children = (el: Element, name: string) =>
    Array.from(el.childNodes).filter(
      (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM,
    );
  const one = (el: Element, name: string, where: string) => {
    if (children(el, name).length !== 1) problems.push(`${where} needs exactly one ${name}`);
  };
  for (const name of ['id', 'title', 'updated']) one(feed, name, 'feed');
  const entries = children(feed, 'entry');
  if (children(feed, 'author').length === 0 && entries.some((e) => children(e, 'author').length === 0)) problems.push('no author');
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  for (const u of [...children(feed, 'updated'), ...entries.flatMap((e) => children(e, 'updated'))]) {
    if (!date.test(u.textContent ?? '')) problems.push(`updated is not RFC 3339: ${u.textContent}`);
  }
  entries.forEach((e, i) => {
    for (const name of ['id', 'title', 'updated']) one(e, name, `entry ${i}`);
    if (children(e, 'link').every((l) => (l.getAttribute('rel') ?? 'alternate') !== 'alternate') && children(e, 'content').length === 0) {
      problems.push(`entry ${i} has neither an alternate link nor content`);
    }
  });
  return problems;
}

/** A free brochure website of a domestic company on mainland hosting (shared test data). */
const BROCHURE: Answers = DECISION_CASES.brochure;
const SHOP: Answers = { ...BROCHURE, revenue: ['own-goods'] };

/** A later ruleset in which the public-security filing rule no longer exists: it changes every website's result. */
const WITHOUT_PSB: FeedRuleset = {
  version: '9',
  released: '2027-01-15',
  questions: QUESTIONS,
  classify: (a: Answers): Classification => {
    const c = classify(a);
    return { ...c, version: '9', obligations: c.obligations.filter((o) => o.id !== 'psb-filing') };
  },
  carry: (answers) => under({ questions: QUESTIONS }, answers),
};

describe('feeds across ruleset versions 1, 2 and 3', () => {
  const V1 = rulesetFor('1')!;
  const V2 = rulesetFor('2')!;
  /** A free brochure site in the questions of versions 1 and 2. */
  const OLD: Answers = {
    hosting: 'mainland',
    forms: ['website'],
    operator: 'mainland-company',
    'foreign-share': 'none',
    revenue: ['none'],
    activities: ['none'],
    sectors: ['none'],
  };
  const WFOE_V1: Answers = {
    ...OLD,
    'foreign-share': 'over-50',
    'pilot-zone': false,
    revenue: ['subscriptions'],
    activities: ['community'],
    regions: 'several',
  };

  it('a version-1 result that later versions change gets an entry for each, linking to its result under it', () => {
    const [v2, v3, ...rest] = resultFeed(resultCode(WFOE_V1, V1), FEED_RULESETS)!.entries;
    expect(rest).toEqual([]);
    expect(v2).toMatchObject({
      version: '2',
      diff: { verdict: null, added: [], removed: [{ kind: 'grey', id: 'cross-regional-trigger' }] },
    });
    expect(readResultCode(v2!.code!)).toMatchObject({ kind: 'result', version: '2' });
    // Version 3: a community needs the security self-assessment; a subscription to it is no longer the SaaS grey area.
    expect(v3).toMatchObject({
      version: '3',
      diff: { added: [{ kind: 'obligation', id: 'security-assessment' }], removed: [{ kind: 'grey', id: 'saas-classification' }] },
    });
    const xml = resultFeedXml('en', resultCode(WFOE_V1, V1))!;
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain(`/en/result/${v3!.code}`);
  });

  it('results that no later version changes have no entries, options of the same meaning carried', () => {
    for (const [a, r] of [
      [{ ...OLD, hosting: 'offshore' }, V1],
      [{ ...OLD, revenue: ['own-goods'] }, V1],
      [OLD, V2],
    ] as const)
      expect(resultFeed(resultCode(a, r), FEED_RULESETS)!.entries, JSON.stringify(a)).toEqual([]);
    expect(resultFeedXml('zh', resultCode({ ...OLD, revenue: ['own-goods'] }, V1))).not.toContain('<entry>');
  });

  it('answers a later version cannot carry (an option it no longer has) get an entry that sends the visitor to answer again', () => {
    const news = resultCode({ ...OLD, sectors: ['news'] }, V1);
    const [entry] = resultFeed(news, FEED_RULESETS)!.entries;
    expect(entry).toMatchObject({ version: '2', code: null });
    const xml = resultFeedXml('en', news)!;
    expect(xml).toContain('/en/assessment"/>');
    expect(xml).toContain('answer again');
  });

  it('a version-3 result has nothing newer yet', () => {
    expect(resultFeed(resultCode(BROCHURE), FEED_RULESETS)).toMatchObject({ version: '3', entries: [] });
  });
});

describe('feeds of rule changes', () => {
  it('a result whose answers a later version changes gets an entry with its new result code', () => {
    const feed = resultFeed(resultCode(BROCHURE), [...FEED_RULESETS, WITHOUT_PSB])!;
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      version: '9',
      released: '2027-01-15',
      diff: { removed: [{ kind: 'obligation', id: 'psb-filing' }] },
    });
    expect(feed.entries[0]!.code).toMatch(/^9-/);
  });

  it('a result that no later version changes has no entries', () => {
    const same: FeedRuleset = {
      ...FEED_RULESETS.at(-1)!,
      version: '9',
      released: '2027-01-15',
      carry: (a) => under({ questions: QUESTIONS }, a),
    };
    expect(resultFeed(resultCode(SHOP), [...FEED_RULESETS, same])!.entries).toEqual([]);
    expect(resultFeed(resultCode(SHOP), FEED_RULESETS)!.entries).toEqual([]);
  });

  it('a code that does not read has no feed', () => {
    expect(resultFeed('1-zzzzzzzz', FEED_RULESETS)).toBeNull();
    expect(resultFeed('7-r0006001n5p', FEED_RULESETS)).toBeNull();
    expect(resultFeedXml('en', 'nope')).toBeNull();
  });

  it('the documents are Atom with RFC 4287’s required elements, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      const result = resultFeedXml(locale, resultCode(BROCHURE), [...FEED_RULESETS, WITHOUT_PSB])!;
      expect(atomProblems(result)).toEqual([]);
      expect(result).toContain(`/${locale}/result/9-`);
      expect(atomProblems(siteFeedXml(locale))).toEqual([]);
    }
    expect(siteFeedXml('en').match(/<entry>/g)).toHaveLength(FEED_RULESETS.length);
  });

  it('escapes what it writes, and the checker catches a feed that lacks what Atom requires', () => {
    const xml = atomXml({
      id: 'x',
      title: 'a < b & "c"',
      updated: '2026-01-01',
      self: 's',
      alternate: 'a',
      author: 'me',
      lang: 'en',
      entries: [],
    });
    expect(atomProblems(xml)).toEqual([]);
    expect(atomProblems(xml.replace(/<id>x<\/id>/, ''))).toContain('feed needs exactly one id');
    expect(atomProblems('<feed><id>')).not.toEqual([]);
  });
});
