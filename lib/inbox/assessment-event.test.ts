import { describe, expect, it } from 'vitest';
import { decodeAnswers } from '@/lib/assessment';
import { resultCode } from '@/lib/addresses/result-link';
import { isCountedView, resultOutcome, startEvent } from './assessment-event';
import { MAX_PENDING_RESULTS, recordResultShown, takePendingCounts } from './counts';

describe('what an assessment request counts as', () => {
  it('counts only a visitor’s own GET, never a HEAD, a POST or a prefetch', () => {
    expect(isCountedView('GET', new Headers())).toBe(true);
    expect(isCountedView('HEAD', new Headers())).toBe(false);
    expect(isCountedView('POST', new Headers())).toBe(false);
    expect(isCountedView('GET', new Headers({ 'next-router-prefetch': '1' }))).toBe(false);
    expect(isCountedView('GET', new Headers({ purpose: 'prefetch' }))).toBe(false);
  });

  it('counts the first question without answers as a start, nothing else', () => {
    expect(startEvent('forms', {})).toEqual({ kind: 'started' });
    expect(startEvent('hosting', { forms: ['website'] })).toBeNull();
    expect(startEvent('hosting', {})).toBeNull();
  });

  it('counts a result shown by its code, and works out its verdict and main obligation only when the counts are taken', () => {
    takePendingCounts();
    // A mainland company's brochure site, hosted in Zhejiang: the filing only.
    const brochure =
      'activities=none-of-these&foreign-share=none&forms=website&hosting=mainland&location=zhejiang&operator=mainland-company&revenue=none&sectors=none';
    const code = resultCode(decodeAnswers(new URLSearchParams(brochure)).answers);
    let asked = 0;
    const outcomeOf = (c: string) => (asked++, resultOutcome(c));
    recordResultShown(code, new Date('2026-11-01T12:00:00Z'));
    recordResultShown(code, new Date('2026-11-01T13:00:00Z'));
    expect(asked).toBe(0);
    expect(takePendingCounts(outcomeOf)).toEqual([
      { day: '2026-11-01', metric: 'finished', key: '', count: 2 },
      { day: '2026-11-01', metric: 'verdict', key: 'clear', count: 2 },
      { day: '2026-11-01', metric: 'obligation', key: 'icp-filing', count: 2 },
    ]);
    // Once per code and flush, not once per view.
    expect(asked).toBe(1);
    expect(resultOutcome(code)).toBe(resultOutcome(code));
    expect(resultOutcome('3-zz')).toBeNull();
  });

  it('under a flood of distinct results, holds a bounded number of codes and still counts every finish', () => {
    takePendingCounts();
    const day = new Date('2026-11-02T12:00:00Z');
    for (let i = 0; i < MAX_PENDING_RESULTS + 50; i++) recordResultShown(`3-${i.toString(32)}`, day);
    const rows = takePendingCounts(() => null);
    expect(rows).toEqual([{ day: '2026-11-02', metric: 'finished', key: '', count: MAX_PENDING_RESULTS + 50 }]);
  });
});
