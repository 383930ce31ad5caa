import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '@/lib/enquiries/testing/fixtures';
import { assessmentEventOf } from './assessment-event';
import { recordAssessmentEvent, takePendingCounts } from './counts';

const GET = 'GET';
const none = new Headers();
const result = new URLSearchParams({ ...SAMPLE_ANSWERS, v: '1' });

describe('what an assessment request counts as', () => {
  it('counts the first question without answers as a start, nothing else', () => {
    expect(assessmentEventOf(GET, 'hosting', new URLSearchParams(), none)).toEqual({ kind: 'started' });
    expect(assessmentEventOf(GET, 'hosting', new URLSearchParams({ forms: 'website' }), none)).toBeNull();
    expect(assessmentEventOf(GET, 'forms', new URLSearchParams({ hosting: 'mainland' }), none)).toBeNull();
    expect(assessmentEventOf('HEAD', 'hosting', new URLSearchParams(), none)).toBeNull();
    expect(assessmentEventOf(GET, 'hosting', new URLSearchParams(), new Headers({ 'next-router-prefetch': '1' }))).toBeNull();
  });

  it('counts a result page showing a result as finished, with its verdict and main obligation', () => {
    takePendingCounts();
    const event = assessmentEventOf(GET, null, result, none);
    expect(event?.kind).toBe('finished');
    recordAssessmentEvent(event, new Date('2026-11-01T12:00:00Z'));
    expect(takePendingCounts()).toEqual([
      { day: '2026-11-01', metric: 'finished', key: '', count: 1 },
      { day: '2026-11-01', metric: 'verdict', key: 'blocked', count: 1 },
      { day: '2026-11-01', metric: 'obligation', key: 'icp-filing', count: 1 },
    ]);
    // A router request for the same page is the same result.
    expect(assessmentEventOf(GET, null, new URLSearchParams([...result, ['_rsc', 'x1']]), none)).toEqual(event);
  });

  it('counts nothing for a result that cannot be shown', () => {
    const { regions: _r, ...incomplete } = SAMPLE_ANSWERS;
    expect(assessmentEventOf(GET, null, new URLSearchParams({ ...incomplete, v: '1' }), none)).toBeNull();
    expect(assessmentEventOf(GET, null, new URLSearchParams({ ...SAMPLE_ANSWERS, hosting: 'moon', v: '1' }), none)).toBeNull();
    expect(assessmentEventOf(GET, null, new URLSearchParams({ ...SAMPLE_ANSWERS, v: '0' }), none)).toBeNull();
  });
});
