import { encodeResultCode, decodeResultCode, resultCodeVersion } from '@/lib/assessment/result-code';
import { diffClassifications, isEmptyDiff, type OutcomeDiff } from '@/lib/assessment/what-if';
import type { VerdictId } from '@/lib/assessment/verdict';
import type { AnswerValue, Answers, Classification, Question } from '@/lib/assessment/types';
import { evaluate } from '@/lib/assessment/condition';

/** One released ruleset, as the feeds need it. */
export interface FeedRuleset {
  readonly version: string;
  /** ISO date of its release. */
  readonly released: string;
  readonly questions: readonly Question[];
  readonly classify: (answers: Answers) => Classification;
  /** The verdict of complete answers under this version (judged under its readings), where it reads more than the classification. */
  readonly verdict?: (answers: Answers) => VerdictId;
  /** The answers carried over from the version before (its own way of reading them); complete when nothing is missing. */
  readonly carry: (answers: Answers, from: FeedRuleset) => { answers: Answers; complete: boolean };
}

export interface ResultFeedEntry {
  /** The ruleset version that changed what the answers need. */
  readonly version: string;
  readonly released: string;
  /** The answers' result code under that version, or null when it asks a question they do not answer. */
  readonly code: string | null;
  readonly diff: OutcomeDiff;
}

export interface ResultFeed {
  readonly code: string;
  readonly version: string;
  readonly released: string;
  readonly entries: readonly ResultFeedEntry[];
}

function raw(answers: Answers): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, v]) => [
      id,
      typeof v === 'boolean' ? [v ? 'yes' : 'no'] : typeof v === 'string' ? [v] : (v as string[]),
    ]),
  );
}

function typed(questions: readonly Question[], read: Record<string, readonly string[]>): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const v = read[q.id];
    if (!v) continue;
    out[q.id] = q.kind === 'yesno' ? v[0] === 'yes' : q.kind === 'multi' ? v : v[0]!;
  }
  return out;
}

/** The answers that count under a questionnaire, and whether every question it asks is answered. */
export function under(r: { readonly questions: readonly Question[] }, answers: Answers): { answers: Answers; complete: boolean } {
  const applicable: Record<string, AnswerValue> = {};
  let complete = true;
  for (const q of r.questions) {
    if (q.when && !evaluate(q.when, applicable)) continue;
    if (Object.hasOwn(answers, q.id)) applicable[q.id] = answers[q.id]!;
    else complete = false;
  }
  return { answers: applicable, complete };
}

/**
 * What a result's feed says: for each ruleset version released after the code's, an entry when it changes what
 * these answers need (compared with the version before it), linking to the answers' result under it. No entry for a
 * version that changes nothing for them. Null for a code that does not read.
 */
export function resultFeed(code: string, rulesets: readonly FeedRuleset[]): ResultFeed | null {
  const version = resultCodeVersion(code);
  const index = rulesets.findIndex((r) => r.version === version);
  if (index < 0) return null;
  const origin = rulesets[index]!;
  const read = decodeResultCode(code, origin.questions);
  if (!read) return null;
  const answers = typed(origin.questions, read);
  if (!under(origin, answers).complete) return null;
  const entries: ResultFeedEntry[] = [];
  let previous = origin.classify(answers);
  let previousVerdict = origin.verdict?.(answers);
  let carried = answers;
  let from = origin;
  for (const r of rulesets.slice(index + 1)) {
    const now = r.carry(carried, from);
    const classification = now.complete ? r.classify(now.answers) : null;
    const verdict = classification ? r.verdict?.(now.answers) : undefined;
    const verdicts = previousVerdict && verdict ? { from: previousVerdict, to: verdict } : undefined;
    const diff = classification ? diffClassifications(previous, classification, verdicts) : { verdict: null, added: [], removed: [] };
    if (classification && isEmptyDiff(diff)) {
      [previous, previousVerdict, carried, from] = [classification, verdict, now.answers, r];
      continue;
    }
    entries.push({
      version: r.version,
      released: r.released,
      code: classification ? encodeResultCode(r.version, r.questions, raw(now.answers)) : null,
      diff,
    });
    // Answers a version cannot carry stop the chain: the entry sends the visitor to answer again.
    if (!classification) break;
    [previous, previousVerdict, carried, from] = [classification, verdict, now.answers, r];
  }
  return { code, version: origin.version, released: origin.released, entries };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and attribute values (and without characters XML 1.0 forbids). */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface AtomEntry {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly link: string;
  readonly summary: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly self: string;
  readonly alternate: string;
  readonly author: string;
  readonly lang: string;
  readonly entries: readonly AtomEntry[];
}

/** An ISO date (2026-12-01) as an RFC 3339 timestamp, as Atom wants it. */
export function atomDate(date: string): string {
  return /T/.test(date) ? date : `${date}T00:00:00Z`;
}

/** An Atom 1.0 document (RFC 4287): id, title, updated and an author on the feed; id, title, updated, link, summary per entry. */
export function atomXml(feed: AtomFeed): string {
  const x = xmlText;
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <updated>${x(atomDate(e.updated))}</updated>
    <link rel="alternate" href="${x(e.link)}"/>
    <summary>${x(e.summary)}</summary>
  </entry>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">
  <id>${x(feed.id)}</id>
  <title>${x(feed.title)}</title>
  <updated>${x(atomDate(feed.updated))}</updated>
  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>
  <author><name>${x(feed.author)}</name></author>
${entries}</feed>
`;
}
