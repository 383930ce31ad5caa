import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeAnswersFor, partialAnswers } from './testing/arbitraries';
import { classify as classifyUnder, outcomeMarks, outcomeSlots } from './classify';
import { CURRENT_RULESET, RULESETS, rulesetFor } from './rulesets';
import type { Answers } from './types';
import { judge } from './verdict';
import { diffClassifications, isEmptyDiff, whatIfEngine, whatIfs as whatIfsUnder, type WhatIfGroup } from './what-if';

// The table below is version 1's (frozen): its results never change, so neither do its what-ifs.
const V1 = rulesetFor('1')!;
const classify = (a: Answers) => classifyUnder(a, V1);
const whatIfs = (a: Answers) => whatIfsUnder(a, whatIfEngine(V1));

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
const WFOE_SAAS: Answers = {
  hosting: 'mainland',
  forms: ['website'],
  operator: 'mainland-company',
  'foreign-share': 'over-50',
  'pilot-zone': false,
  revenue: ['subscriptions'],
  activities: ['community'],
  sectors: ['none'],
  regions: 'several',
};
const OFFSHORE: Answers = { ...BROCHURE, hosting: 'offshore' };

/** Each line as `question action option[+more changes] => verdict; +added; -removed`, for readable expectations. */
function lines(groups: WhatIfGroup[]): string[] {
  return groups.flatMap((g) =>
    g.lines.map((l) => {
      const variants = l.variants.map((v) =>
        v.changes.map((c) => `${c.question}${{ set: '=', add: '+', remove: '-' }[c.action]}${c.option}`).join('&'),
      );
      const d = l.diff;
      const verdict = d.verdict ? `${d.verdict.from}>${d.verdict.to}` : '';
      return `${variants.join(' | ')} => ${verdict}; +${d.added.map((r) => r.id).join(',')}; -${d.removed.map((r) => r.id).join(',')}`;
    }),
  );
}

describe('what would change a result', () => {
  it.each([
    [
      'a brochure site: hosting offshore drops the filings; an app adds its filing; an individual with paid content is blocked',
      BROCHURE,
      [
        'hosting=offshore => ; +offshore-hosting; -icp-filing,psb-filing',
        'forms+app | forms+mini-program => ; +app-filing; -',
        'operator=individual&revenue=paid-content&regions=one-province => clear>blocked; +icp-licence,no-mainland-entity,capital-threshold; -',
        'revenue=own-goods => clear>unsettled; +self-operated-shop; -',
        'sectors=news => ; +news-permit; -',
      ],
    ],
    [
      'a foreign-owned SaaS with a community: at most 50% foreign, offshore hosting or no revenue lift the block',
      WFOE_SAAS,
      [
        'hosting=offshore => blocked>clear; +offshore-hosting; -icp-filing,psb-filing,icp-licence,foreign-cap-exceeded,capital-threshold,saas-classification,cross-regional-trigger',
        'foreign-share=none | foreign-share=up-to-50 => blocked>unsettled; +; -foreign-cap-exceeded',
        'revenue=none => blocked>clear; +; -icp-licence,foreign-cap-exceeded,capital-threshold,saas-classification,cross-regional-trigger',
        'activities+search => ; +search-query; -',
        'regions=one-province => ; +; -cross-regional-trigger',
      ],
    ],
    [
      'an offshore site: hosting on the mainland brings the filings back',
      OFFSHORE,
      ['hosting=mainland | hosting=undecided => ; +icp-filing,psb-filing; -offshore-hosting'],
    ],
  ])('%s', (_name, answers, expected) => {
    const got = lines(whatIfs(answers));
    for (const line of expected) expect(got).toContain(line);
  });

  it('lists only changes that change something, and each variant is a complete answer set with that effect', () => {
    const base = classify(WFOE_SAAS);
    for (const group of whatIfs(WFOE_SAAS)) {
      for (const line of group.lines) {
        expect(isEmptyDiff(line.diff)).toBe(false);
        for (const v of line.variants) {
          expect(v.changes[0]!.question).toBe(group.question);
          expect(diffClassifications(base, classify(v.answers))).toEqual(line.diff);
        }
      }
    }
  });

  it('where no change of an answer alone matters, offers the smallest pair that does', () => {
    // A brochure site's foreign shareholding matters only together with something that needs a licence.
    const share = whatIfs(BROCHURE).find((g) => g.question === 'foreign-share')!;
    expect(share.lines).toHaveLength(1);
    const [variant] = share.lines[0]!.variants;
    expect(variant!.changes.map((c) => c.question)).toEqual(['foreign-share', 'sectors']);
    expect(share.lines[0]!.diff.verdict).toEqual({ from: 'clear', to: 'blocked' });
    // The other answer alone would not have the same effect.
    const alone = classify({ ...BROCHURE, sectors: variant!.answers.sectors! });
    expect(diffClassifications(classify(BROCHURE), alone)).not.toEqual(share.lines[0]!.diff);
  });

  it('groups by the answer that matters, in question order, without repeating an answer', () => {
    const order = whatIfs(WFOE_SAAS).map((g) => g.question);
    expect(order).toEqual([...new Set(order)]);
    expect(order.slice(0, 4)).toEqual(['hosting', 'forms', 'operator', 'foreign-share']);
  });
});

describe('the outcomes the what-ifs compare', () => {
  // The what-ifs diff outcome marks, not classifications, and judge verdicts with shortcuts: each line must say what
  // classify, judge and diffClassifications say.
  it('give each line the diff of the full classifications and judged verdicts, for any answers', () => {
    const engine = whatIfEngine(CURRENT_RULESET);
    fc.assert(
      fc.property(completeAnswersFor(CURRENT_RULESET), (answers) => {
        const base = classifyUnder(answers, CURRENT_RULESET);
        const from = judge(answers).id;
        for (const group of whatIfsUnder(answers, engine))
          for (const line of group.lines)
            for (const v of line.variants)
              expect(diffClassifications(base, classifyUnder(v.answers, CURRENT_RULESET), { from, to: judge(v.answers).id })).toEqual(
                line.diff,
              );
      }),
      { numRuns: 25, seed: 20261207 },
    );
  });

  // outcomeMarks stands in for classify wherever only the outcomes count: it must mark exactly classify's outcomes.
  it.each(RULESETS.map((r) => [r.version, r] as const))('mark classify’s outcomes and nothing else, under version %s', (_v, ruleset) => {
    const slots = outcomeSlots(ruleset);
    fc.assert(
      fc.property(fc.oneof(completeAnswersFor(ruleset), partialAnswers), (answers) => {
        const full = classifyUnder(answers, ruleset);
        const has = new Set([
          ...full.obligations.flatMap((o) => [
            `obligation::${o.id}`,
            ...o.subItems.map((i) => `subItem:${o.id}:${i}`),
            ...o.codes.map((c) => `code:${o.id}:${c}`),
          ]),
          ...full.findings.map((f) => `finding::${f.id}`),
          ...full.greyAreas.map((g) => `grey::${g.id}`),
        ]);
        const marks = outcomeMarks(answers, ruleset);
        const marked = slots.filter((_, i) => marks[i] === 1);
        expect(new Set(marked.map((s) => `${s.kind}:${'obligation' in s ? s.obligation : ''}:${s.id}`))).toEqual(has);
      }),
      { numRuns: 500 },
    );
  });
});
