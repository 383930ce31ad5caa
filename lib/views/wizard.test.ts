import { estimatedTotal } from './step';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS, RULESET_VERSION, decodeAnswers } from '@/lib/assessment';
import { encodeResultCode } from '@/lib/assessment/result-code';
import { resolveStep as resolveStepOf, STEP_FIELD, type SearchParams } from './step';
import { longResultTarget as legacyResultTarget, readQuestionForm } from '@/lib/addresses/assessment-address';
import { resolveLegacyResult, resolveResultCode, resultOfLink } from './result';

const parseResultLink = (locale: Locale, value: unknown) => resultOfLink(locale, value)?.href ?? null;
import { questionCode, readResultCode, resultCode } from '@/lib/addresses/result-link';
import { nextHref, resultHref } from '@/lib/addresses/urls';
import { assessmentApi, assessmentApiForCode } from '@/lib/api/api';
import type { Locale } from '@/lib/i18n/routing';

/** A question page as the proxy and the page see it: the query decoded once, the raw query for refills. */
const resolveStep = (locale: Locale, question: string, params: SearchParams) =>
  resolveStepOf(locale, question, decodeAnswers(params), params);
const legacy = (params: SearchParams | URLSearchParams) => decodeAnswers(params);

const BROCHURE = {
  forms: 'website',
  hosting: 'mainland',
  operator: 'mainland-company',
  'foreign-share': 'none',
  activities: 'none-of-these',
  revenue: 'none',
  sectors: 'none',
  location: 'zhejiang',
  v: RULESET_VERSION,
};

describe('question steps', () => {
  it('shows the first question with nothing filled in', () => {
    const view = resolveStep('en', 'forms', {});
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
    const view = resolveStep('zh', 'activities', {
      hosting: 'mainland',
      forms: 'website',
      operator: 'individual',
      [STEP_FIELD]: 'activities',
    });
    expect(view.kind).toBe('question');
    if (view.kind !== 'question') return;
    expect(view.error).toBe('requiredMulti');
    expect(view.answers).toMatchObject({ hosting: 'mainland', operator: 'individual' });
    expect(view.answered.map((a) => a.question.id)).toEqual(['forms', 'hosting', 'operator']);
    expect(view.backHref).toBe(`/zh/assessment/q/operator/${questionCode(view.answers)}`);
  });

  it('keeps the ticked boxes when "none" is combined with other options', () => {
    const view = resolveStep('en', 'revenue', {
      hosting: 'mainland',
      forms: 'website',
      operator: 'individual',
      activities: 'own-content',
      revenue: ['none', 'advertising'],
      [STEP_FIELD]: 'revenue',
    });
    if (view.kind !== 'question') throw new Error(view.kind);
    expect(view.error).toBe('exclusive-combined');
    expect(view.value).toEqual(['none', 'advertising']);
  });

  it('a valid submitted step moves to the next unanswered question, or to the result', () => {
    const step = resolveStep('en', 'forms', { forms: 'website', [STEP_FIELD]: 'forms' });
    expect(step).toEqual({ kind: 'redirect', to: `/en/assessment/q/hosting/${questionCode({ forms: ['website'] })}` });
    const done = resolveStep('en', 'location', { ...BROCHURE, [STEP_FIELD]: 'location' });
    expect(done).toEqual({ kind: 'redirect', to: expect.stringMatching(/^\/en\/result\/3-[0-9a-z]+$/) });
  });

  it('a question that does not apply on this path sends the visitor on', () => {
    const view = resolveStep('en', 'foreign-share', { hosting: 'mainland', forms: 'website', operator: 'individual' });
    expect(view).toEqual({
      kind: 'redirect',
      to: `/en/assessment/q/activities/${questionCode({ hosting: 'mainland', forms: ['website'], operator: 'individual' })}`,
    });
  });

  it('a mangled answer to another question gives the invalid view, with a way to fix it', () => {
    const view = resolveStep('en', 'revenue', { hosting: 'moon', forms: 'website', operator: 'individual' });
    expect(view.kind).toBe('invalid');
    if (view.kind !== 'invalid') return;
    expect(view.issues).toEqual([
      {
        question: 'hosting',
        code: 'invalid-option',
        fixHref: `/en/assessment/q/hosting/${questionCode({ forms: ['website'], operator: 'individual' })}`,
      },
    ]);
  });
});

describe('results', () => {
  const brochure = decodeAnswers(BROCHURE).answers;

  it('classifies a complete answer set at its short link', () => {
    const code = resultCode(brochure);
    const view = resolveResultCode('en', code);
    if (view.kind !== 'result') throw new Error(view.kind);
    expect(view.classification.obligations.map((o) => o.id)).toContain('icp-filing');
    expect(view.href).toBe(`/en/result/${code}`);
    expect(view.href).toBe(resultHref('en', brochure));
    expect(view.version).toBe(RULESET_VERSION);
    expect(view.answered).toHaveLength(8);
  });

  it('is the same result whatever the order of the keys and with unknown keys', () => {
    const shuffled = Object.fromEntries(Object.entries({ ...BROCHURE, utm_source: 'mail' }).reverse());
    expect(resultCode(decodeAnswers(shuffled).answers)).toBe(resultCode(brochure));
  });

  it('a code holding answers its questions would not ask moves to the code without them', () => {
    // foreign-share is not asked of an individual: a code that carries it is not the one the encoder writes.
    const individual: Record<string, unknown> = { ...brochure, operator: 'individual' };
    // Nor where it is registered: an individual has no registration address.
    const { 'foreign-share': _, location: __, ...canonical } = individual;
    const padded = readResultCode(resultCodeWithStale(individual));
    expect(padded).toEqual({ kind: 'moved', code: resultCode(canonical as typeof brochure) });
    expect(resolveResultCode('zh', resultCodeWithStale(individual))).toEqual({
      kind: 'moved',
      to: `/zh/result/${resultCode(canonical as typeof brochure)}`,
    });
  });

  it('an unknown, mistyped or incomplete code is not found', () => {
    const code = resultCode(brochure);
    for (const bad of ['1-zzzz', `9-${code.slice(2)}`, code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'), incompleteCode()]) {
      expect(resolveResultCode('en', bad).kind, bad).toBe('not-found');
    }
  });

  it('a long link of the first release moves to its short link', () => {
    expect(legacyResultTarget(legacy(BROCHURE))).toBe('moved');
    expect(resolveLegacyResult('en', legacy(BROCHURE))).toBeNull();
  });

  it('an incomplete long link asks to continue at the first missing question', () => {
    const { location: _, ...partial } = BROCHURE;
    const view = resolveLegacyResult('en', legacy(partial));
    expect(view?.kind).toBe('incomplete');
    if (view?.kind === 'incomplete') expect(view.missing.id).toBe('location');
    expect(legacyResultTarget(legacy(partial))).toBe('incomplete');
  });

  it('a long link from a ruleset version this site does not have offers a re-check with the answers kept', () => {
    const view = resolveLegacyResult('en', legacy({ ...BROCHURE, v: '0' }));
    expect(view?.kind).toBe('outdated');
    if (view?.kind === 'outdated') expect(view.recheckHref).toBe(resultHref('en', brochure));
  });

  it('a question page cannot be read only for problems with other questions', () => {
    const form = (question: string) => readQuestionForm('en', question, new URLSearchParams({ forms: 'website', hosting: 'moon' }));
    // The question with the refused answer is asked again (with its error) …
    expect(form('hosting')).toMatchObject({ kind: 'redirect', to: expect.stringContaining('/assessment/q/hosting/') });
    // … and a later question cannot be shown: the page says what to fix.
    expect(form('operator')).toMatchObject({ kind: 'question-form', question: 'operator' });
    expect(resolveStepOf('en', 'operator', decodeAnswers({ forms: 'website', hosting: 'moon' }), {}).kind).toBe('invalid');
  });
});

describe('links', () => {
  it('next step after the last answer is the short result link', () => {
    expect(nextHref('zh', brochureAnswers())).toBe(`/zh/result/${resultCode(brochureAnswers())}`);
    expect(`/zh/result/${resultCode(brochureAnswers())}`.length).toBeLessThanOrEqual(60);
  });

  it('accepts only result links for the contact page, re-pointed to the page language and shortened', () => {
    const code = resultCode(brochureAnswers());
    expect(parseResultLink('zh', `/en/result/${code}`)).toBe(`/zh/result/${code}`);
    expect(parseResultLink('zh', `/en/assessment/result?${new URLSearchParams(BROCHURE)}`)).toBe(`/zh/result/${code}`);
    expect(parseResultLink('en', `/en/assessment/result?hosting=mainland&v=1`)).toBeNull();
    expect(parseResultLink('en', `https://evil.example/en/result/${code}`)).toBeNull();
    expect(parseResultLink('en', '/en/result/<script>')).toBeNull();
    expect(parseResultLink('en', [`/en/result/${code}`])).toBeNull();
    expect(parseResultLink('en', undefined)).toBeNull();
  });
});

describe('JSON API', () => {
  it('returns the classification and short links in every language, for the query and for the code alike', () => {
    const fromQuery = assessmentApi(new URLSearchParams(BROCHURE), 'https://icp.example.com');
    expect(fromQuery.status).toBe(200);
    const code = resultCode(brochureAnswers());
    expect(fromQuery.body).toMatchObject({
      version: RULESET_VERSION,
      rulesChanged: false,
      code,
      links: { zh: `https://icp.example.com/zh/result/${code}` },
    });
    expect(assessmentApiForCode(code, 'https://icp.example.com')).toEqual(fromQuery);
  });

  it('answers invalid and incomplete input with 400 and the issues, an unknown code with 404', () => {
    expect(assessmentApi(new URLSearchParams('forms=website&hosting=moon'), '')).toMatchObject({
      status: 400,
      body: { error: 'invalid-answers' },
    });
    expect(assessmentApi(new URLSearchParams('forms=website'), '')).toMatchObject({
      status: 400,
      body: { error: 'incomplete', issues: expect.arrayContaining([{ question: 'hosting', code: 'required' }]) },
    });
    expect(assessmentApiForCode('1-zzzz', '')).toMatchObject({ status: 404, body: { error: 'unknown-code' } });
  });
});

describe('status and page agree', () => {
  it('a long link gets 400 exactly when its page shows what to fix, and moves exactly when it is a complete set', () => {
    const values = [
      'none-of-these',
      'zhejiang',
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
    const keys = ['hosting', 'forms', 'operator', 'foreign-share', 'pilot-zone', 'revenue', 'activities', 'sectors', 'location', 'v', 'x'];
    const complete = Object.entries(BROCHURE);
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)), { maxLength: 8 }),
        (fromBrochure, extra) => {
          const decoded = legacy(new URLSearchParams([...(fromBrochure ? complete : []), ...extra]));
          const target = legacyResultTarget(decoded);
          const view = resolveLegacyResult('en', decoded);
          expect(view === null).toBe(target === 'moved');
          if (view) expect(view.kind).toBe(target);
          if (target === 'moved') expect(resolveResultCode('en', resultCode(decoded.answers)).kind).toBe('result');
        },
      ),
      { numRuns: 500 },
    );
  });
});

function brochureAnswers() {
  return decodeAnswers(BROCHURE).answers;
}

/** A version-1 code for these answers exactly as given, stale ones included (no encoder of the site writes one). */
function resultCodeWithStale(answers: Record<string, unknown>): string {
  const raw = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Array.isArray(v) ? v : [String(v)]]));
  return encodeResultCode(RULESET_VERSION, QUESTIONS, raw);
}

function incompleteCode(): string {
  return encodeResultCode(RULESET_VERSION, QUESTIONS, { hosting: ['mainland'] });
}

describe('JSON API for an older ruleset version', () => {
  it('returns the classification as issued, the current one and the differences', () => {
    const query =
      'hosting=mainland&forms=website&operator=mainland-company&foreign-share=none&revenue=advertising&activities=community&sectors=none&regions=one-province&v=1';
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
    // Version 3 adds the security self-assessment of a community.
    expect(changes.added).toContainEqual({ kind: 'obligation', id: 'security-assessment' });
    // Answers that were complete under version 1 are judged complete under version 1.
    expect(assessmentApi(new URLSearchParams(query.replace('&regions=one-province', '')), '')).toMatchObject({
      status: 400,
      body: { error: 'incomplete' },
    });
  });
});

describe('the progress a question page shows', () => {
  it('counts the questions of a whole path from the first question on, not only those asked so far', () => {
    // Every later question of version 3 depends on the first: asked so far is one question.
    expect(estimatedTotal({})).toBeGreaterThanOrEqual(7);
    const brochure = {
      forms: ['website'],
      hosting: 'mainland',
      operator: 'mainland-company',
      'foreign-share': 'none',
      activities: ['none-of-these'],
      revenue: ['none'],
      sectors: ['none'],
      location: 'beijing',
    };
    // A complete path: exactly the questions it asked.
    expect(estimatedTotal(brochure)).toBe(8);
  });
});
