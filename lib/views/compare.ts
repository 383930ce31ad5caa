import {
  OBLIGATION_IDS,
  FINDING_IDS,
  GREY_AREA_IDS,
  rulesetFor,
  type AnswerValue,
  type Answers,
  type Classification,
} from '@/lib/assessment';
import type { AuthorityNote } from '@/lib/assessment/rulesets/authority';
import { STRUCTURE_STEPS } from '@/lib/assessment/structure-steps';
import { resultVerdict, type VerdictId } from '@/lib/assessment/verdict';
import { waysForward, type Feature, type WayForwardId } from '@/lib/assessment/ways-forward';
import { RESULT_CODE_PATTERN } from '@/lib/assessment/result-code';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resolveResultCode } from './result';
import { resultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';

/** The compare page takes this many results at most, and needs two. */
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;
/** The query parameter of each result: its code or link, nothing else. */
export const COMPARE_PARAM = 'r';

/** The compare page for these result codes: `/<locale>/compare?r=<code>&r=<code>`. */
export function compareHref(locale: Locale, codes: readonly string[]): string {
  const query = new URLSearchParams(codes.slice(0, MAX_COMPARED).map((c) => [COMPARE_PARAM, c]));
  return `${localePath(locale, '/compare')}?${query}`;
}

/** The code in a result link (any locale, with or without the site's address) or a bare code, or null. */
export function codeFromInput(value: string): string | null {
  const text = value.trim();
  const code = /(?:^|\/)result\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(text)?.[1] ?? text;
  return RESULT_CODE_PATTERN.test(code) ? code : null;
}

/** What a column is: the first result, a way forward from it, or a result whose answers differ from it. */
export type ColumnHeading =
  | { readonly kind: 'first' }
  | { readonly kind: 'way'; readonly id: WayForwardId; readonly feature?: Feature }
  | { readonly kind: 'answers'; readonly changes: readonly { question: string; value: AnswerValue | null }[] };

export interface CompareColumn {
  readonly code: string;
  readonly href: string;
  readonly version: string;
  readonly answers: Answers;
  readonly verdict: VerdictId;
  readonly classification: Classification;
  readonly heading: ColumnHeading;
}

/** Who holds the licences a column needs: the operator as answered, a partner in its own name, or nobody (none needed). */
export type Holder = { readonly kind: 'operator'; readonly operator: string } | { readonly kind: 'partner' } | null;
/** Foreign share and control as answered (absent where not asked). */
export type Ownership = { readonly share: string | null; readonly control: string | null };
/** The registered capital the licence asks: for one province, several, or either (the coverage is unsettled). */
export type Capital = 'one' | 'several' | 'either' | null;
/** Who decides the licence (or, without one, the filing), as the ruleset reads the answers. */
export type Authority = { readonly role: 'licence' | 'filing'; readonly note: AuthorityNote } | null;
/** What takes time: the structure's own steps, the filing, the licence. */
export type Duration = { readonly structure: boolean; readonly filing: boolean; readonly licence: boolean };

/** One row: a cell per column, and whether the columns differ. */
export type CompareRow = { readonly id: string; readonly differs: boolean } & (
  | { readonly kind: 'answer'; readonly cells: readonly (AnswerValue | null)[] }
  | { readonly kind: 'verdict'; readonly cells: readonly VerdictId[] }
  | { readonly kind: 'holder'; readonly cells: readonly Holder[] }
  | { readonly kind: 'ownership'; readonly cells: readonly Ownership[] }
  | { readonly kind: 'capital'; readonly cells: readonly Capital[] }
  | { readonly kind: 'authority'; readonly cells: readonly Authority[] }
  | { readonly kind: 'duration'; readonly cells: readonly Duration[] }
  /** For an outcome: its parts (sub-items, codes), or null when absent. */
  | { readonly kind: 'obligation' | 'finding' | 'grey'; readonly cells: readonly (readonly string[] | null)[] }
);

export interface CompareView {
  /** What was entered, in order (up to MAX_COMPARED), each with its column index or why it cannot be read. */
  readonly inputs: readonly { value: string; column: number | null }[];
  readonly columns: readonly CompareColumn[];
  readonly rows: readonly CompareRow[];
  /** Enough readable results to compare. */
  readonly ready: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function row<R extends Omit<CompareRow, 'differs'>>(r: R): R & { differs: boolean } {
  const cells = r.cells as readonly unknown[];
  return { ...r, differs: cells.some((c) => !same(c, cells[0])) };
}

const LICENCES = ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'];
const needsLicence = (c: Classification) => c.obligations.some((o) => LICENCES.includes(o.id));
const single = (value: AnswerValue | undefined) => (typeof value === 'string' ? value : null);

/** The questions whose answers differ between the columns, in the first column's question order (same version only). */
function differingQuestions(columns: readonly CompareColumn[]): string[] {
  const first = columns[0]!;
  const questions = rulesetFor(first.version)?.questions ?? [];
  return questions
    .map((q) => q.id)
    .filter((id) => columns.some((c) => c.version === first.version && !same(c.answers[id] ?? null, first.answers[id] ?? null)));
}

function capitalOf(c: Classification): Capital {
  const rule = c.findings.find((f) => f.id === 'capital-threshold')?.because[0]?.ruleId;
  if (!rule) return null;
  return rule.includes('cross-regional') ? 'several' : rule.includes('nationwide') ? 'either' : 'one';
}

function authorityOf(column: CompareColumn): Authority {
  const found = rulesetFor(column.version)?.authorities?.(column.answers, column.classification);
  if (found?.licence) return { role: 'licence', note: found.licence };
  if (found?.filing) return { role: 'filing', note: found.filing };
  return null;
}

/**
 * The rows of the compare table: the answers that differ, the verdict, who holds the licence, foreign share and control,
 * registered capital, who decides, what takes time, then each obligation, finding and unsettled point any result has.
 */
export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  const cs = columns.map((c) => c.classification);
  const union = <Id extends string>(order: readonly Id[], pick: (c: Classification) => readonly { id: Id }[]) =>
    order.filter((id) => cs.some((c) => pick(c).some((o) => o.id === id)));
  const differing = differingQuestions(columns);
  return [
    ...differing.map((id) =>
      row({
        kind: 'answer' as const,
        id,
        cells: columns.map((c) => (c.version === columns[0]!.version ? (c.answers[id] ?? null) : null)),
      }),
    ),
    row({ kind: 'verdict' as const, id: 'verdict', cells: columns.map((c) => c.verdict) }),
    row({
      kind: 'holder' as const,
      id: 'holder',
      cells: columns.map((c): Holder => {
        if (!needsLicence(c.classification)) return null;
        if (c.heading.kind === 'way' && c.heading.id === 'domestic-partner') return { kind: 'partner' };
        const operator = single(c.answers.operator);
        return operator ? { kind: 'operator', operator } : null;
      }),
    }),
    row({
      kind: 'ownership' as const,
      id: 'ownership',
      cells: columns.map((c) => ({ share: single(c.answers['foreign-share']), control: single(c.answers.control) })),
    }),
    row({ kind: 'capital' as const, id: 'capital', cells: cs.map(capitalOf) }),
    row({ kind: 'authority' as const, id: 'authority', cells: columns.map(authorityOf) }),
    row({
      kind: 'duration' as const,
      id: 'duration',
      cells: columns.map((c) => ({
        structure: c.heading.kind === 'way' && STRUCTURE_STEPS[c.heading.id].length > 0,
        filing: c.classification.obligations.some((o) => o.id === 'icp-filing' || o.id === 'app-filing'),
        licence: needsLicence(c.classification),
      })),
    }),
    ...union(OBLIGATION_IDS, (c) => c.obligations).map((id) =>
      row({
        kind: 'obligation' as const,
        id,
        cells: cs.map((c) => {
          const o = c.obligations.find((x) => x.id === id);
          return o ? [...o.subItems, ...o.codes] : null;
        }),
      }),
    ),
    ...union(FINDING_IDS, (c) => c.findings).map((id) =>
      row({ kind: 'finding' as const, id, cells: cs.map((c) => (c.findings.some((f) => f.id === id) ? [] : null)) }),
    ),
    ...union(GREY_AREA_IDS, (c) => c.greyAreas).map((id) =>
      row({ kind: 'grey' as const, id, cells: cs.map((c) => (c.greyAreas.some((g) => g.id === id) ? [] : null)) }),
    ),
  ];
}

/**
 * Each column's heading: the first is the starting point; another is the way forward of the first result whose answers
 * it holds (same code), or else the answers in which it differs from the first.
 */
function headings(columns: readonly Omit<CompareColumn, 'heading'>[]): ColumnHeading[] {
  const first = columns[0];
  if (!first) return [];
  const ruleset = rulesetFor(first.version);
  const ways = ruleset ? waysForward(first.answers, ruleset).map((w) => ({ way: w, code: resultCode(w.answers, ruleset) })) : [];
  const questions = (rulesetFor(first.version)?.questions ?? []).map((q) => q.id);
  return columns.map((c, i): ColumnHeading => {
    if (i === 0) return { kind: 'first' };
    const way = ways.find((w) => w.code === c.code)?.way;
    if (way) return { kind: 'way', id: way.id, ...(way.feature && { feature: way.feature }) };
    const ids = c.version === first.version ? questions : [];
    return {
      kind: 'answers',
      changes: ids
        .filter((id) => !same(c.answers[id] ?? null, first.answers[id] ?? null))
        .map((id) => ({ question: id, value: c.answers[id] ?? null })),
    };
  });
}

function values(raw: string | readonly string[] | undefined): string[] {
  const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  return list.map((v) => v.slice(0, 300)).slice(0, MAX_COMPARED);
}

/** What the compare page shows for its query: the results entered, read, and the rows comparing them. */
export function compareView(locale: Locale, raw: string | readonly string[] | undefined): CompareView {
  const columns: Omit<CompareColumn, 'heading'>[] = [];
  const inputs = values(raw)
    .filter((v) => v.trim() !== '')
    .map((value) => {
      const code = codeFromInput(value);
      let view = code === null ? null : resolveResultCode(locale, code);
      if (view?.kind === 'moved') view = resolveResultCode(locale, view.to.slice(view.to.lastIndexOf('/') + 1));
      if (!view || view.kind !== 'result') return { value, column: null };
      columns.push({
        code: view.code,
        href: localePath(locale, resultPath(view.code)),
        version: view.version,
        answers: view.answers,
        verdict: resultVerdict(view.answers, view.classification).id,
        classification: view.classification,
      });
      return { value, column: columns.length - 1 };
    });
  const heads = headings(columns);
  const headed = columns.map((c, i) => ({ ...c, heading: heads[i]! }));
  return { inputs, columns: headed, rows: headed.length > 0 ? compareRows(headed) : [], ready: headed.length >= MIN_COMPARED };
}
