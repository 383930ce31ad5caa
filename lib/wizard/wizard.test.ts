import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RULESET_VERSION, decodeAnswers } from '@/lib/assessment';
import { resolveStep, STEP_FIELD } from './step';
import { resolveResult, isBadAssessmentQuery, resultCacheKey } from './result';
import { nextHref, parseResultLink, resultHref } from './urls';
import { assessmentApi } from './api';

const BROCHURE = {
  hosting: 'mainland',
  forms: 'website',
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: 'none',
  activities: 'none',
  sectors: 'none',
  v: RULESET_VERSION,
};

describe('question steps', () => {
  it('shows the first question with nothing filled in', () => {
    const view = resolveStep('en', 'hosting', {});
    expect(view.kind).toBe('question');
    if (view.kind !== 'question') return;
    expect(view.value).toBeUndefined();
    expect(view.error).toBeNull();
    expect(view.position).toBe(1);
    expect(view.backHref).toBeNull();
  });

  it('404s an unknown question id', () => {
    expect(resolveStep('en', 'no-such-question', {}).kind).toBe('not-found');
  });

  it('a submitted step without an answer is an error tied to that question, other answers kept', () => {
    const view = resolveStep('zh', 'revenue', { hosting: 'mainland', forms: 'website', operator: 'individual', [STEP_FIELD]: 'revenue' });
    expect(view.kind).toBe('question');
    if (view.kind !== 'question') return;
    expect(view.error).toBe('requiredMulti');
    expect(view.answers).toMatchObject({ hosting: 'mainland', operator: 'individual' });
    expect(view.answered.map((a) => a.question.id)).toEqual(['hosting', 'forms', 'operator']);
    expect(view.backHref).toMatch(/^\/zh\/assessment\/q\/operator\?/);
  });

  it('keeps the ticked boxes when "none" is combined with other options', () => {
    const view = resolveStep('en', 'revenue', {
      hosting: 'mainland',
      forms: 'website',
      operator: 'individual',
      revenue: ['none', 'advertising'],
      [STEP_FIELD]: 'revenue',
    });
    if (view.kind !== 'question') throw new Error(view.kind);
    expect(view.error).toBe('exclusive-combined');
    expect(view.value).toEqual(['none', 'advertising']);
  });

  it('a valid submitted step moves to the next unanswered question, or to the result', () => {
    const step = resolveStep('en', 'hosting', { hosting: 'offshore', [STEP_FIELD]: 'hosting' });
    expect(step).toEqual({ kind: 'redirect', to: expect.stringMatching(/^\/en\/assessment\/q\/forms\?hosting=offshore&v=/) });
    const done = resolveStep('en', 'sectors', { ...BROCHURE, [STEP_FIELD]: 'sectors' });
    expect(done).toEqual({ kind: 'redirect', to: expect.stringMatching(/^\/en\/assessment\/result\?/) });
  });

  it('a question that does not apply on this path sends the visitor on', () => {
    const view = resolveStep('en', 'foreign-share', { hosting: 'mainland', forms: 'website', operator: 'individual' });
    expect(view).toEqual({ kind: 'redirect', to: expect.stringContaining('/en/assessment/q/revenue?') });
  });

  it('a mangled answer to another question gives the invalid view, with a way to fix it', () => {
    const view = resolveStep('en', 'revenue', { hosting: 'moon', forms: 'website', operator: 'individual' });
    expect(view.kind).toBe('invalid');
    if (view.kind !== 'invalid') return;
    expect(view.issues).toEqual([
      { question: 'hosting', code: 'invalid-option', fixHref: expect.stringContaining('/en/assessment/q/hosting?') },
    ]);
  });
});

describe('results', () => {
  it('classifies a complete answer set and links to itself', () => {
    const view = resolveResult('en', BROCHURE);
    expect(view.kind).toBe('result');
    if (view.kind !== 'result') return;
    expect(view.classification.obligations.map((o) => o.id)).toContain('icp-filing');
    expect(view.href).toBe(resultHref('en', view.answers));
    expect(view.answered).toHaveLength(7);
  });

  it('is the same result whatever the order of the keys and with unknown keys', () => {
    const shuffled = Object.fromEntries(Object.entries({ ...BROCHURE, utm_source: 'mail' }).reverse());
    const a = resolveResult('en', BROCHURE);
    const b = resolveResult('zh', shuffled);
    if (a.kind !== 'result' || b.kind !== 'result') throw new Error('expected results');
    expect(b.classification).toEqual(a.classification);
  });

  it('an incomplete set asks to continue at the first missing question', () => {
    const { sectors: _, ...partial } = BROCHURE;
    const view = resolveResult('en', partial);
    expect(view.kind).toBe('incomplete');
    if (view.kind === 'incomplete') expect(view.missing.id).toBe('sectors');
    expect(isBadAssessmentQuery('result', null, partial)).toBe(true);
  });

  it('a link from another ruleset version offers a re-check with the answers kept', () => {
    const view = resolveResult('en', { ...BROCHURE, v: '0' });
    expect(view.kind).toBe('outdated');
    if (view.kind === 'outdated') expect(view.recheckHref).toBe(resultHref('en', view.answers));
    expect(isBadAssessmentQuery('result', null, { ...BROCHURE, v: '0' })).toBe(false);
  });

  it('a question page is bad only for problems with other questions', () => {
    expect(isBadAssessmentQuery('question', 'hosting', { hosting: 'moon' })).toBe(false);
    expect(isBadAssessmentQuery('question', 'forms', { hosting: 'moon' })).toBe(true);
  });
});

describe('links', () => {
  it('next step after the last answer is the result', () => {
    const { answers } = decodeAnswers(BROCHURE);
    expect(nextHref('zh', answers)).toBe(
      `/zh/assessment/result?activities=none&foreign-share=none&forms=website&hosting=mainland&operator=mainland-company&revenue=none&sectors=none&v=${RULESET_VERSION}`,
    );
  });

  it('accepts only result links for the contact page, re-pointed to the page language', () => {
    expect(parseResultLink('zh', '/en/assessment/result?hosting=mainland&v=1')).toBe('/zh/assessment/result?hosting=mainland&v=1');
    expect(parseResultLink('en', 'https://evil.example/en/assessment/result?x=1')).toBeNull();
    expect(parseResultLink('en', '/en/assessment/result?x=<script>')).toBeNull();
    expect(parseResultLink('en', ['/en/assessment/result?x=1'])).toBeNull();
    expect(parseResultLink('en', undefined)).toBeNull();
  });
});

describe('JSON API', () => {
  it('returns the classification and links in both languages', () => {
    const { status, body } = assessmentApi(new URLSearchParams(BROCHURE), 'https://icp.example.com');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      version: RULESET_VERSION,
      rulesChanged: false,
      links: { zh: expect.stringContaining('https://icp.example.com/zh/assessment/result?') },
    });
  });

  it('answers invalid and incomplete input with 400 and the issues', () => {
    expect(assessmentApi(new URLSearchParams('hosting=moon'), '')).toMatchObject({ status: 400, body: { error: 'invalid-answers' } });
    expect(assessmentApi(new URLSearchParams('hosting=mainland'), '')).toMatchObject({
      status: 400,
      body: { error: 'incomplete', issues: expect.arrayContaining([{ question: 'forms', code: 'required' }]) },
    });
  });
});

describe('status and page agree', () => {
  it('the proxy answers 400 exactly when the result page shows an invalid or incomplete view', () => {
    const values = [
      'mainland',
      'offshore',
      'moon',
      'website',
      'app,website',
      'none',
      'none,advertising',
      'individual',
      'mainland-company',
      'over-50',
      'yes',
      '',
      '1',
      '0',
      'abc',
    ];
    const keys = ['hosting', 'forms', 'operator', 'foreign-share', 'pilot-zone', 'revenue', 'activities', 'sectors', 'regions', 'v', 'x'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)), { maxLength: 14 }), (pairs) => {
        const params = Object.fromEntries(pairs);
        const kind = resolveResult('en', params).kind;
        expect(isBadAssessmentQuery('result', null, params)).toBe(kind === 'invalid' || kind === 'incomplete');
      }),
      { numRuns: 500 },
    );
    // A complete answer set is not bad: the generator above rarely builds one.
    expect(resolveResult('en', BROCHURE).kind).toBe('result');
  });

  it('a cache key exists exactly for the pages not answered with 400, and shows the same page as the URL it came from', () => {
    const values = [
      'mainland',
      'offshore',
      'moon',
      'website',
      'app,website',
      'none',
      'none,advertising',
      'individual',
      'mainland-company',
      'over-50',
      'yes',
      '',
      '1',
      '0',
      'abc',
    ];
    const keys = ['hosting', 'forms', 'operator', 'foreign-share', 'pilot-zone', 'revenue', 'activities', 'sectors', 'regions', 'v', 'x'];
    const complete = Object.entries(BROCHURE);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)), { maxLength: 6 }),
        (fromBrochure, extra) => {
          const params = new URLSearchParams([...(fromBrochure ? complete : []), ...extra]);
          const key = resultCacheKey(params);
          expect(key === null).toBe(isBadAssessmentQuery('result', null, collect(params)));
          if (key !== null)
            expect(resolveResult('zh', Object.fromEntries(new URLSearchParams(key)))).toEqual(resolveResult('zh', collect(params)));
        },
      ),
      { numRuns: 500 },
    );
    expect(resultCacheKey(new URLSearchParams({ ...BROCHURE, utm_source: 'x' }))).toBe(resultCacheKey(new URLSearchParams(BROCHURE)));
    expect(resultCacheKey(new URLSearchParams({ ...BROCHURE, v: '0' }))).toMatch(/&v=0$/);
  });
});

/** Repeated keys as Next passes them to a page: one array per key. */
function collect(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

describe('JSON API for an older ruleset version', () => {
  it('returns the classification as issued, the current one and the differences', () => {
    const query =
      'hosting=mainland&forms=website&operator=mainland-company&foreign-share=none&revenue=subscriptions&activities=none&sectors=none&regions=one-province&v=1';
    const { status, body } = assessmentApi(new URLSearchParams(query), 'https://icp.example.com');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      requestedVersion: '1',
      rulesChanged: true,
      asIssued: { version: '1' },
      current: { version: RULESET_VERSION },
      missing: null,
    });
    const { changes } = body as { changes: { added: { id: string }[] } };
    expect(changes.added).toContainEqual({ kind: 'grey', id: 'cross-regional-trigger' });
    // Answers that were complete under version 1 are judged complete under version 1.
    expect(assessmentApi(new URLSearchParams(query.replace('&regions=one-province', '')), '')).toMatchObject({
      status: 400,
      body: { error: 'incomplete' },
    });
  });
});
