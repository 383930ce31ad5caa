import { describe, expect, it } from 'vitest';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { assessmentApiForCode } from './api';
import { resultCode } from '@/lib/addresses/result-link';

const api = (answers: (typeof DECISION_CASES)[keyof typeof DECISION_CASES]) =>
  assessmentApiForCode(resultCode(answers), 'https://icp.example.com').body as {
    verdict: { id: string; reasons: string[] };
    waysForward: { id: string; changes: Record<string, unknown>; verdict: string; obligations: string[]; links: Record<string, string> }[];
  };

describe('JSON API: verdict and ways forward', () => {
  it('a blocked result names its verdict, and each way forward the answers it changes, its verdict and its own result', () => {
    const body = api(DECISION_CASES.wfoeCommunityOut);
    expect(body.verdict).toEqual({ id: 'blocked', reasons: ['foreign-cap-exceeded'] });
    const atCap = body.waysForward.find((w) => w.id === 'share-at-cap')!;
    expect(atCap.changes).toEqual({ 'foreign-share': 'up-to-50' });
    expect(atCap.verdict).toBe('clear');
    expect(atCap.obligations).toContain('icp-licence');
    const opened = assessmentApiForCode(atCap.links.en!.split('/').at(-1)!, '').body as { verdict: { id: string } };
    expect(opened.verdict.id).toBe('clear');
  });

  it('an unsettled result says what each reading of a "not sure" answer leads to', () => {
    const body = api(DECISION_CASES.unsureShare) as unknown as { verdict: { id: string; uncertain: { question: string }[] } };
    expect(body.verdict.id).toBe('unsettled');
    expect(body.verdict.uncertain.map((u) => u.question)).toEqual(['foreign-share']);
  });

  it('a clear result has no ways forward', () => {
    const body = api(DECISION_CASES.brochure);
    expect(body.verdict.id).toBe('clear');
    expect(body.waysForward).toEqual([]);
  });
});
