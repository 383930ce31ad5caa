import { describe, expect, it } from 'vitest';
import { decodeAnswers } from '@/lib/assessment';
import { SAMPLE_ANSWERS } from '@/lib/enquiries/testing/fixtures';
import { resultCode } from '@/lib/wizard/result-link';
import { finishEvent, isCountedView, startEvent } from './assessment-event';
import { recordAssessmentEvent, takePendingCounts } from './counts';

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

  it('counts a result as finished, with its verdict and main obligation', () => {
    takePendingCounts();
    const { answers } = decodeAnswers(new URLSearchParams({ ...SAMPLE_ANSWERS, v: '1' }));
    const event = finishEvent(resultCode(answers), answers);
    expect(event.kind).toBe('finished');
    recordAssessmentEvent(event, new Date('2026-11-01T12:00:00Z'));
    expect(takePendingCounts()).toEqual([
      { day: '2026-11-01', metric: 'finished', key: '', count: 1 },
      { day: '2026-11-01', metric: 'verdict', key: 'blocked', count: 1 },
      { day: '2026-11-01', metric: 'obligation', key: 'icp-filing', count: 1 },
    ]);
    expect(finishEvent(resultCode(answers), answers)).toBe(event);
  });
});
