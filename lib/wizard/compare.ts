import { OBLIGATION_IDS, FINDING_IDS, GREY_AREA_IDS, type Classification } from '@/lib/assessment';
import { resultVerdict, type VerdictId } from '@/lib/assessment/verdict';
import { RESULT_CODE_PATTERN } from '@/lib/assessment/result-code';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { resolveResultCode } from './result';
import { resultPath } from './urls';

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

export interface CompareColumn {
  readonly code: string;
  readonly href: string;
  readonly verdict: VerdictId;
  readonly classification: Classification;
}

/** One row: a cell per column, and whether the columns differ. */
export interface CompareRow {
  readonly kind: 'verdict' | 'obligation' | 'finding' | 'grey' | 'plan';
  readonly id: string;
  /** Per column: the verdict id, the plan's length, or for an outcome its parts (sub-items, codes) or null when absent. */
  readonly cells: readonly (string | number | readonly string[] | null)[];
  readonly differs: boolean;
}

export interface CompareView {
  /** What was entered, in order (up to MAX_COMPARED), each with its column index or why it cannot be read. */
  readonly inputs: readonly { value: string; column: number | null }[];
  readonly columns: readonly CompareColumn[];
  readonly rows: readonly CompareRow[];
  /** Enough readable results to compare. */
  readonly ready: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function row(kind: CompareRow['kind'], id: string, cells: CompareRow['cells']): CompareRow {
  return { kind, id, cells, differs: cells.some((c) => !same(c, cells[0])) };
}

/** The rows of the compare table: verdict, each obligation any result needs, findings, grey areas, the plan's length. */
export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  const cs = columns.map((c) => c.classification);
  const union = <Id extends string>(order: readonly Id[], pick: (c: Classification) => readonly { id: Id }[]) =>
    order.filter((id) => cs.some((c) => pick(c).some((o) => o.id === id)));
  return [
    row(
      'verdict',
      'verdict',
      columns.map((c) => c.verdict),
    ),
    ...union(OBLIGATION_IDS, (c) => c.obligations).map((id) =>
      row(
        'obligation',
        id,
        cs.map((c) => {
          const o = c.obligations.find((x) => x.id === id);
          return o ? [...o.subItems, ...o.codes] : null;
        }),
      ),
    ),
    ...union(FINDING_IDS, (c) => c.findings).map((id) =>
      row(
        'finding',
        id,
        cs.map((c) => (c.findings.some((f) => f.id === id) ? [] : null)),
      ),
    ),
    ...union(GREY_AREA_IDS, (c) => c.greyAreas).map((id) =>
      row(
        'grey',
        id,
        cs.map((c) => (c.greyAreas.some((g) => g.id === id) ? [] : null)),
      ),
    ),
    row(
      'plan',
      'plan',
      cs.map((c) => c.nextSteps.length),
    ),
  ];
}

function values(raw: string | readonly string[] | undefined): string[] {
  const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...raw];
  return list.map((v) => v.slice(0, 300)).slice(0, MAX_COMPARED);
}

/** What the compare page shows for its query: the results entered, read, and the rows comparing them. */
export function compareView(locale: Locale, raw: string | readonly string[] | undefined): CompareView {
  const columns: CompareColumn[] = [];
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
        verdict: resultVerdict(view.answers, view.classification).id,
        classification: view.classification,
      });
      return { value, column: columns.length - 1 };
    });
  return { inputs, columns, rows: columns.length > 0 ? compareRows(columns) : [], ready: columns.length >= MIN_COMPARED };
}
