import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { applicableAnswers, getQuestion } from './flow';
import { CURRENT_RULESET, RULESETS } from './rulesets';
import { completeAnswersFor } from './testing/arbitraries';
import { DECISION_CASES } from './testing/decision-cases';
import { complete } from './testing/v3-cases';
import { FINDING_IDS, GREY_AREA_IDS, type Answers, type FindingId, type GreyAreaId } from './types';
import { judge, readingsOf, verdictOf, type VerdictId } from './verdict';

const c = (findings: FindingId[], greyAreas: string[]) => ({
  findings: findings.map((id) => ({ id, because: [] })),
  greyAreas: greyAreas.map((id) => ({ id: id as GreyAreaId, because: [] })),
});

describe('verdictOf', () => {
  it.each([
    { findings: [], grey: [], verdict: 'clear', reasons: [] },
    { findings: ['offshore-hosting', 'pilot-zone-route', 'capital-threshold'], grey: [], verdict: 'clear', reasons: [] },
    { findings: [], grey: ['saas-classification'], verdict: 'unsettled', reasons: ['saas-classification'] },
    { findings: ['foreign-cap-exceeded'], grey: [], verdict: 'blocked', reasons: ['foreign-cap-exceeded'] },
    { findings: ['foreign-prohibited'], grey: ['advertising-income'], verdict: 'blocked', reasons: ['foreign-prohibited'] },
    { findings: ['private-capital-barred', 'capital-threshold'], grey: [], verdict: 'blocked', reasons: ['private-capital-barred'] },
  ] as const)('$findings + $grey → $verdict', ({ findings, grey, verdict, reasons }) => {
    expect(verdictOf(c([...findings], [...grey]))).toEqual({ id: verdict, reasons });
  });

  it('blocks on exactly the findings that say something cannot be held, each alone', () => {
    const blocking = FINDING_IDS.filter((id) => verdictOf(c([id], [])).id === 'blocked');
    expect(blocking).toEqual([
      'no-mainland-entity',
      'not-a-company',
      'personal-filing-scope',
      'rep-office-limits',
      'private-capital-barred',
      'foreign-cap-exceeded',
      'foreign-prohibited',
    ]);
  });

  it('leaves any grey area unsettled', () => {
    for (const id of GREY_AREA_IDS) expect(verdictOf(c([], [id]))).toEqual({ id: 'unsettled', reasons: [id] });
  });
});

describe('judge: a verdict never more certain than what it rests on', () => {
  it('versions 1 and 2 keep the verdict they were issued with', () => {
    for (const ruleset of RULESETS.slice(0, 2)) {
      for (const answers of fc.sample(completeAnswersFor(ruleset), { numRuns: 200, seed: 3 })) {
        expect(judge(answers, ruleset)).toEqual(verdictOf(classify(answers, ruleset)));
      }
    }
  });

  it('a "not sure" answer whose readings disagree is unsettled, and says what each reading leads to', () => {
    const v = judge(DECISION_CASES.unsureShare);
    expect(v.id).toBe('unsettled');
    expect(v.uncertain).toEqual([
      {
        question: 'foreign-share',
        readings: [
          { value: 'none', verdicts: ['clear'] },
          { value: 'up-to-50', verdicts: ['clear'] },
          { value: 'over-50', verdicts: ['blocked'] },
        ],
      },
    ]);
  });

  it('a "not sure" answer whose readings agree keeps the verdict: a brochure site is clear whatever the shareholding', () => {
    expect(judge({ ...DECISION_CASES.brochure, 'foreign-share': 'not-sure' }).id).toBe('clear');
  });

  it('a block that holds only when advertising makes a free site commercial is unsettled, and says so', () => {
    const v = judge(complete({ 'foreign-share': 'over-50', activities: ['own-content'], revenue: ['ad-network'] }));
    expect(v).toMatchObject({
      id: 'unsettled',
      restsOn: true,
      wouldBlock: [{ grey: 'advertising-income', findings: ['foreign-cap-exceeded'] }],
    });
  });

  it('a block found only under another reading of a "not sure" answer names that answer, and does not rest as answered', () => {
    // An ad-funded forum in Jiangsu whose owner is not sure whether foreign investors hold shares: assumed none.
    const v = judge(complete({ 'foreign-share': 'not-sure', activities: ['community'], revenue: ['advertising'] }));
    expect(v.id).toBe('unsettled');
    expect(v.restsOn).toBeUndefined();
    expect(v.wouldBlock).toEqual([
      { grey: 'advertising-income', findings: ['foreign-cap-exceeded'], when: [{ question: 'foreign-share', value: 'over-50' }] },
    ]);
    // Answered over 50 %, the same block holds as answered, and rests on the grey area.
    const answered = judge(complete({ 'foreign-share': 'over-50', activities: ['community'], revenue: ['advertising'] }));
    expect(answered).toMatchObject({ restsOn: true, wouldBlock: [{ grey: 'advertising-income', findings: ['foreign-cap-exceeded'] }] });
    expect(answered.wouldBlock![0]!.when).toBeUndefined();
  });

  it('an unsettled result says which grey area would block it: SaaS read as cloud is closed to a 49 % foreign share', () => {
    const v = judge(complete({ 'foreign-share': 'up-to-50', activities: ['business-software'], revenue: ['service-fees'] }));
    expect(v).toMatchObject({ id: 'unsettled', wouldBlock: [{ grey: 'saas-classification', findings: ['foreign-cap-exceeded'] }] });
    expect(v.restsOn).toBeUndefined();
  });

  it('a block that holds on every reading of the grey areas stays blocked: a foreign-owned chat app is capped whatever SaaS is', () => {
    const v = judge(complete({ 'foreign-share': 'over-50', activities: ['business-software', 'messaging'], revenue: ['service-fees'] }));
    expect(v).toEqual({ id: 'blocked', reasons: ['foreign-cap-exceeded'] });
  });

  it('a location not known, for a foreign-owned SaaS: a pilot area and another place lead to different verdicts', () => {
    const v = judge(DECISION_CASES.founder);
    expect(v.id).toBe('unsettled');
    expect(v.uncertain?.map((u) => u.question)).toEqual(['location']);
  });
});

// ── Properties over seeded random answer sets of the current version ────────────────────────────────────────────────

const SAMPLE = fc.sample(completeAnswersFor(CURRENT_RULESET), { numRuns: 1500, seed: 20261207 });
const plain = (a: Answers): VerdictId => verdictOf(classify(a)).id;

describe('verdict properties (1,500 seeded answer sets)', () => {
  it('no verdict is blocked whose block rests on a grey area: every other reading of every grey area still blocks', () => {
    let blocked = 0;
    for (const answers of SAMPLE) {
      if (judge(answers).id !== 'blocked') continue;
      blocked++;
      for (const reading of readingsOf(answers)) {
        for (const grey of classify(reading.answers).greyAreas) {
          for (const alt of CURRENT_RULESET.greyReadings?.[grey.id]?.(reading.answers) ?? []) {
            for (const r of readingsOf(alt)) expect(plain(r.answers), `${grey.id} in ${JSON.stringify(answers)}`).toBe('blocked');
          }
        }
      }
    }
    expect(blocked).toBeGreaterThan(100);
  });

  it('no clear or blocked verdict that another answer to a "not sure" question would change (every option, not only the readings)', () => {
    let checked = 0;
    for (const answers of SAMPLE) {
      const verdict = judge(answers).id;
      if (verdict === 'unsettled') continue;
      const applicable = applicableAnswers(answers);
      for (const n of CURRENT_RULESET.notSure) {
        if (applicable[n.question] !== n.option) continue;
        for (const { id } of getQuestion(n.question)!.options ?? []) {
          if (id === n.option) continue;
          expect(judge({ ...applicable, [n.question]: id }).id, `${n.question}=${id} in ${JSON.stringify(answers)}`).toBe(verdict);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
