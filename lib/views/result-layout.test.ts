import { describe, expect, it } from 'vitest';
import { rulesetFor } from '@/lib/assessment/rulesets';
import { whatIfEngine, whatIfs } from '@/lib/assessment/what-if';
import { resultVerdict } from '@/lib/assessment/verdict';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { LOCALES } from '@/lib/i18n/routing';
import { verdictOfResult } from './decision';
import { resolveResultCode, type ResultView } from './result';
import { resultLayout } from './result-layout';
import { resultCode } from '@/lib/addresses/result-link';

/** The result of each decision case (a case with answers its questions would not ask moves to its canonical code). */
function views(locale: (typeof LOCALES)[number]): ResultView[] {
  return Object.values(DECISION_CASES).map((answers) => {
    const first = resolveResultCode(locale, resultCode(answers));
    const view = first.kind === 'moved' ? resolveResultCode(locale, first.to.split('/').at(-1)!) : first;
    if (view.kind !== 'result') throw new Error(`not a result: ${JSON.stringify(answers)}`);
    return view;
  });
}

describe('the result page and its printout', () => {
  it('the page links the what-ifs page instead of working them out; the printout has every line', () => {
    for (const locale of LOCALES) {
      for (const view of views(locale)) {
        const page = resultLayout(locale, view, 'page');
        expect(page.whatIfs).toBeNull();
        expect(page.whatIfsHref).toBe(`${view.href}/what-ifs`);
        expect(page.feedHref).toBe(`${view.href}/feed.atom`);
      }
    }
    // The printout's what-ifs are the what-ifs page's: all of them (three cases, each re-runs the rules hundreds of times).
    for (const view of views('zh').slice(0, 3)) {
      const print = resultLayout('zh', view, 'print');
      const all = whatIfs(view.answers, whatIfEngine(rulesetFor(view.version)!));
      expect(all.length).toBeGreaterThan(0);
      expect(print.whatIfs?.groups).toEqual(all);
      expect(print.whatIfs?.total).toBe(all.flatMap((g) => g.lines).length);
    }
  });

  it('the verdict is judged once per result and is the result’s own', () => {
    for (const view of views('en')) {
      const first = verdictOfResult(view.answers, view.classification);
      expect(first).toEqual(resultVerdict(view.answers, view.classification));
      expect(verdictOfResult(view.answers, view.classification)).toBe(first);
      // Other answers with the same classification are judged afresh, never given another result's verdict.
      expect(verdictOfResult({ ...view.answers }, view.classification)).not.toBe(first);
    }
  });
});
