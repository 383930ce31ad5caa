import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/assessment';
import { rulesetFor } from '@/lib/assessment';
import { resultCode as currentCode } from '@/lib/addresses/result-link';

// Version 1's answer sets and codes (frozen): they read and classify the same forever.
const resultCode = (a: Answers) => currentCode(a, rulesetFor('1')!);
import { codeFromInput, compareHref, compareView } from './compare';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { waysForward } from '@/lib/assessment/ways-forward';

/** A free brochure website of a domestic company on mainland hosting, in version 1's questions. */
const BROCHURE: Answers = {
  hosting: 'mainland',
  forms: ['website'],
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: ['none'],
  activities: ['none'],
  sectors: ['none'],
};
const WFOE: Answers = {
  ...BROCHURE,
  'foreign-share': 'over-50',
  'pilot-zone': false,
  revenue: ['subscriptions'],
  activities: ['community'],
  regions: 'several',
};
/** The same service run by a joint venture (no pilot-zone question then). */
const JV: Answers = { ...BROCHURE, 'foreign-share': 'up-to-50', revenue: ['subscriptions'], activities: ['community'], regions: 'several' };

describe('the compare view', () => {
  it('reads result links in any form, and nothing else', () => {
    const code = resultCode(BROCHURE);
    expect(codeFromInput(code)).toBe(code);
    expect(codeFromInput(` https://example.com/zh/result/${code}?utm=x `)).toBe(code);
    expect(codeFromInput(`/en/result/${code}/`)).toBe(code);
    expect(codeFromInput('alice@example.com')).toBeNull();
    expect(codeFromInput('/en/result/<script>')).toBeNull();
  });

  it('marks the rows that differ: a joint venture and a wholly foreign-owned company', () => {
    const view = compareView('en', [resultCode(JV), resultCode(WFOE)]);
    expect(view.ready).toBe(true);
    const differs = view.rows.filter((r) => r.differs).map((r) => `${r.kind}:${r.id}`);
    // The answers that differ come first; then what they change. Version 1 knows no authorities: nothing to compare there.
    expect(differs).toEqual([
      'answer:foreign-share',
      'answer:pilot-zone',
      'verdict:verdict',
      'ownership:ownership',
      'finding:foreign-cap-exceeded',
    ]);
    expect(view.rows.find((r) => r.id === 'verdict')!.cells).toEqual(['unsettled', 'blocked']);
    expect(view.rows.find((r) => r.id === 'icp-licence')).toMatchObject({ differs: false, cells: [['community'], ['community']] });
    expect(view.rows.some((r) => (r.kind as string) === 'plan')).toBe(false);
    // Neither is a way forward of the other: the second column is named by the answers in which it differs.
    expect(view.columns.map((c) => c.heading)).toEqual([
      { kind: 'first' },
      {
        kind: 'answers',
        changes: [
          { question: 'foreign-share', value: 'over-50' },
          { question: 'pilot-zone', value: false },
        ],
      },
    ]);
  });

  it('compares a blocked result with its ways forward: each column named by its way, and who holds, owns, decides and waits', () => {
    const answers = DECISION_CASES.wfoeCommunityOut;
    const ways = waysForward(answers);
    const view = compareView('zh', [currentCode(answers), ...ways.map((w) => currentCode(w.answers))]);
    expect(view.columns.map((c) => c.heading)).toEqual([{ kind: 'first' }, ...ways.slice(0, 3).map((w) => ({ kind: 'way', id: w.id }))]);
    const cells = (id: string) => view.rows.find((r) => r.id === id)!.cells;
    expect(cells('foreign-share')).toEqual(['over-50', 'up-to-50', 'none', 'over-50']);
    expect(cells('holder')).toEqual([
      { kind: 'operator', operator: 'mainland-company' },
      { kind: 'operator', operator: 'mainland-company' },
      { kind: 'partner' },
      null,
    ]);
    expect(cells('capital')).toEqual(['several', 'several', 'several', null]);
    expect((cells('authority') as readonly ({ note: { basis: string } } | null)[]).map((a) => a?.note.basis ?? null)).toEqual([
      'miit-foreign',
      'miit-foreign',
      'miit-cross-regional',
      null,
    ]);
    expect(cells('duration')).toEqual([
      { structure: false, filing: true, licence: true },
      { structure: true, filing: true, licence: true },
      { structure: true, filing: true, licence: true },
      { structure: true, filing: false, licence: false },
    ]);
  });

  it('lists every obligation any result needs, absent where one does not need it', () => {
    const view = compareView('zh', [resultCode(BROCHURE), resultCode(WFOE)]);
    const licence = view.rows.find((r) => r.id === 'icp-licence')!;
    expect(licence).toMatchObject({ kind: 'obligation', differs: true, cells: [null, ['community']] });
    expect(view.rows.find((r) => r.id === 'icp-filing')).toMatchObject({ differs: false });
    expect(view.columns.map((c) => c.href)).toEqual([`/zh/result/${resultCode(BROCHURE)}`, `/zh/result/${resultCode(WFOE)}`]);
  });

  it('keeps what could not be read, says so, and needs two readable results', () => {
    const view = compareView('en', [resultCode(BROCHURE), 'not a link', '']);
    expect(view.inputs).toEqual([
      { value: resultCode(BROCHURE), column: 0 },
      { value: 'not a link', column: null },
    ]);
    expect(view.ready).toBe(false);
    expect(compareView('en', undefined)).toMatchObject({ inputs: [], ready: false });
  });

  it('takes at most four results, and its link holds only their codes', () => {
    const codes = [BROCHURE, WFOE, JV, BROCHURE, WFOE].map((a) => resultCode(a));
    expect(compareView('en', codes).columns).toHaveLength(4);
    expect(compareHref('en', codes)).toBe(
      `/en/compare?${codes
        .slice(0, 4)
        .map((c) => `r=${c}`)
        .join('&')}`,
    );
  });
});
