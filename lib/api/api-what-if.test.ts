import { describe, expect, it } from 'vitest';
import { assessmentApiForCode } from './api';
import { readResultCode, resultCode } from '@/lib/addresses/result-link';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';

/** A wholly foreign-owned community site outside the pilot areas (shared test data). */
const WFOE = DECISION_CASES.wfoeCommunityOut;

describe('the JSON API’s whatIf', () => {
  it('lists what would change the result, compactly, each with the code of its result', () => {
    const body = assessmentApiForCode(resultCode(WFOE), 'https://example.com').body as {
      whatIf: { question: string; verdict: string | null; removed: string[]; results: { changes: string[]; code: string }[] }[];
    };
    const share = body.whatIf.find((w) => w.question === 'foreign-share')!;
    expect(share).toMatchObject({ verdict: 'clear', removed: ['finding:foreign-cap-exceeded'] });
    expect(share.results.map((r) => r.changes)).toEqual([['foreign-share=none'], ['foreign-share=up-to-50']]);
    for (const w of body.whatIf) for (const r of w.results) expect(readResultCode(r.code).kind).toBe('result');
  });
});
