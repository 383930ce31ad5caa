import { describe, expect, it } from 'vitest';
import { QUESTIONS, decodeAnswers, type Answers } from '@/lib/assessment';
import { encodeQuestionCode, encodeResultCode } from '@/lib/assessment/result-code';
import { DECISION_CASES } from '@/lib/assessment/testing/decision-cases';
import { questionCode, resultCode } from '@/lib/addresses/result-link';
import { wouldRender } from './would-render';

const CODE = resultCode(DECISION_CASES.brochure);
const INDIVIDUAL: Answers = { hosting: 'mainland', forms: ['website'], operator: 'individual' };

describe('wouldRender', () => {
  it('is true for the renders a visitor can choose: results, their views and files, answers, comparisons, the assessment API', () => {
    for (const url of [
      `/en/result/${CODE}`,
      `/zh/result/${CODE}/print`,
      `/en/result/${CODE}/what-ifs`,
      `/en/result/${CODE}/plan`,
      `/zh/result/${CODE}/preview.png`,
      `/en/result/${CODE}/calendar.ics`,
      `/en/assessment/q/activities/${questionCode(INDIVIDUAL)}`,
      `/en/compare?r=${CODE}`,
      `/api/assessment/${CODE}`,
      '/api/assessment?hosting=mainland',
    ])
      expect(wouldRender('GET', url), url).toBe(true);
    expect(wouldRender('HEAD', `/en/result/${CODE}`)).toBe(true);
  });

  it('is false for what the proxy answers without a render: a code that does not read (404), or one that moves (308)', () => {
    const typo = `${CODE.slice(0, -1)}${CODE.endsWith('0') ? '1' : '0'}`;
    expect(wouldRender('GET', `/en/result/${typo}`)).toBe(false);
    expect(wouldRender('GET', `/en/result/${typo}/preview.png`)).toBe(false);
    // An individual is not asked about foreign shareholding: a code carrying it moves to the one without.
    const raw = Object.fromEntries(Object.entries({ ...DECISION_CASES.brochure, operator: 'individual' }).map(([k, v]) => [k, [v].flat()]));
    const padded = encodeResultCode('3', QUESTIONS, raw as Record<string, string[]>);
    expect(wouldRender('GET', `/en/result/${padded}`)).toBe(false);
    // The same for question pages: answers the path would not ask, a question not asked, a code that does not read.
    const paddedQuestion = encodeQuestionCode('3', QUESTIONS, {
      hosting: ['mainland'],
      forms: ['website'],
      operator: ['individual'],
      'foreign-share': ['none'],
    });
    expect(wouldRender('GET', `/en/assessment/q/activities/${paddedQuestion}`)).toBe(false);
    expect(wouldRender('GET', `/en/assessment/q/foreign-share/${questionCode(INDIVIDUAL)}`)).toBe(false);
    expect(wouldRender('GET', '/en/assessment/q/activities/3-z00')).toBe(false);
  });

  it('is false for the query form that moves on, and for a long result link that moves to its short link', () => {
    // A question's query form without a submission moves to the question's canonical address.
    expect(wouldRender('GET', '/en/assessment/q/hosting?v=3')).toBe(false);
    const complete = new URLSearchParams(
      Object.entries(DECISION_CASES.brochure).map(([k, v]) => [k, [v].flat().join(',')] as [string, string]),
    );
    expect(decodeAnswers(complete).issues).toEqual([]);
    expect(wouldRender('GET', `/en/assessment/result?${complete}`)).toBe(false);
    // An incomplete long link renders the page that says what is missing.
    complete.delete('location');
    expect(wouldRender('GET', `/en/assessment/result?${complete}`)).toBe(true);
  });

  it('is false for every page that is not gated, for other methods, and for addresses that do not parse', () => {
    for (const url of ['/en', '/zh/guides', '/en/enquiry', '/_next/static/x.js', '/api/sources', '/favicon.ico', '/fr/result/x'])
      expect(wouldRender('GET', url), url).toBe(false);
    for (const method of ['POST', 'OPTIONS', 'PUT']) expect(wouldRender(method, `/en/result/${CODE}`)).toBe(false);
    expect(wouldRender('GET', '//[bad')).toBe(false);
  });

  it('is false for a forgiven address, which the proxy moves to its canonical one', () => {
    expect(wouldRender('GET', `/en/result/${CODE.toUpperCase()}`)).toBe(false);
    expect(wouldRender('GET', `/en/result/${CODE}%EF%BC%89`)).toBe(false);
  });
});
