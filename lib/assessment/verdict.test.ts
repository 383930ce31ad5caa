import { describe, expect, it } from 'vitest';
import { FINDING_IDS, GREY_AREA_IDS, type FindingId, type GreyAreaId } from './types';
import { verdictOf } from './verdict';

const c = (findings: FindingId[], greyAreas: string[]) => ({
  findings: findings.map((id) => ({ id, because: [] })),
  greyAreas: greyAreas.map((id) => ({ id: id as GreyAreaId, because: [] })),
});

describe('verdictOf', () => {
  it.each([
    { findings: [], grey: [], verdict: 'clear', reasons: [] },
    { findings: ['offshore-hosting', 'pilot-zone-route', 'capital-threshold'], grey: [], verdict: 'clear', reasons: [] },
    { findings: [], grey: ['saas-classification'], verdict: 'unsettled', reasons: ['saas-classification'] },
    {
      findings: ['capital-threshold'],
      grey: ['self-operated-shop', 'cross-regional-trigger'],
      verdict: 'unsettled',
      reasons: ['self-operated-shop', 'cross-regional-trigger'],
    },
    { findings: ['foreign-cap-exceeded'], grey: [], verdict: 'blocked', reasons: ['foreign-cap-exceeded'] },
    { findings: ['foreign-prohibited'], grey: ['advertising-income'], verdict: 'blocked', reasons: ['foreign-prohibited'] },
    { findings: ['no-mainland-entity', 'offshore-hosting'], grey: [], verdict: 'blocked', reasons: ['no-mainland-entity'] },
    {
      findings: ['foreign-cap-exceeded', 'pilot-zone-route', 'foreign-prohibited'],
      grey: ['saas-classification'],
      verdict: 'blocked',
      reasons: ['foreign-cap-exceeded', 'foreign-prohibited'],
    },
  ] as const)('$findings + $grey → $verdict', ({ findings, grey, verdict, reasons }) => {
    expect(verdictOf(c([...findings], [...grey]))).toEqual({ id: verdict, reasons });
  });

  it('blocks on exactly the three blocking findings, each alone', () => {
    const blocking = FINDING_IDS.filter((id) => verdictOf(c([id], [])).id === 'blocked');
    expect(blocking).toEqual(['no-mainland-entity', 'foreign-cap-exceeded', 'foreign-prohibited']);
  });

  it('leaves any grey area unsettled', () => {
    for (const id of GREY_AREA_IDS) expect(verdictOf(c([], [id]))).toEqual({ id: 'unsettled', reasons: [id] });
  });
});
