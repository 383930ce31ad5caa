import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, RULESET_VERSION } from './codec';
import { askedQuestions, getQuestion, isComplete } from './flow';
import { QUESTIONS } from './questions';
import { answerSchemaFor } from './schema';
import type { Answers, Question } from './types';
import { completeAnswers } from './testing/arbitraries';
import { questionTableFor } from './rulesets/tables';

const V1 = questionTableFor('1')!;

const questions = QUESTIONS as readonly Question[];

const KNOWN_KEYS = [...questions.map((q) => q.id), 'v'];
const NASTY = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'v',
  '%',
  '\u0000',
  '中文',
  '😀',
  'a'.repeat(600),
];
const keyArb = fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.constantFrom(...NASTY), fc.string(), fc.string({ unit: 'grapheme' }));
const optionIds = questions.flatMap((q) => (q.options ?? []).map((o) => o.id));
const valueArb = fc.oneof(
  fc.constantFrom(...optionIds, 'yes', 'no', 'none,advertising', ',,', 'mainland,offshore', '', '1e9', '-1'),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ minLength: 490, maxLength: 700 }),
  fc.array(fc.constantFrom(...optionIds), { maxLength: 4 }).map((a) => a.join(',')),
);

/** Only valid answers: every key a question asked on this path, every value of the right shape and option. */
function assertValid(answers: Answers): void {
  expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  const asked = new Set(askedQuestions(answers).map((q) => q.id));
  for (const [id, value] of Object.entries(answers)) {
    const q = getQuestion(id);
    expect(q, id).toBeDefined();
    expect(asked.has(id), id).toBe(true);
    // The value as the form would hold it must pass the question's own schema.
    const formValue = typeof value === 'boolean' ? (value ? 'yes' : 'no') : Array.isArray(value) ? [...value] : value;
    expect(answerSchemaFor(q!).safeParse(formValue).success, `${id}=${JSON.stringify(value)}`).toBe(true);
    if (Array.isArray(value)) expect(new Set(value).size, id).toBe(value.length);
    if (q!.kind === 'yesno') expect(typeof value, id).toBe('boolean');
  }
}

function sameAnswers(a: Answers): Answers {
  // Multiple choices are compared as sets: decode returns them in question order.
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
}

describe('encodeAnswers', () => {
  it('sorts keys, sorts and comma-joins multiple choices, writes yes/no, ends with the version', () => {
    const answers = { revenue: ['subscriptions', 'advertising'], hosting: 'mainland', 'pilot-zone': true, forms: ['website'] };
    expect(encodeAnswers(answers, V1)).toBe('forms=website&hosting=mainland&pilot-zone=yes&revenue=advertising,subscriptions&v=1');
    expect(encodeAnswers({ 'pilot-zone': false }, '1')).toBe('pilot-zone=no&v=1');
    // Under the current questions pilot-zone is no question any more: it is left out.
    expect(encodeAnswers(answers)).toBe(`forms=website&hosting=mainland&revenue=advertising,subscriptions&v=${RULESET_VERSION}`);
    // An unknown version is written under the current questions.
    expect(encodeAnswers({ location: 'not-sure' }, '7')).toBe('location=not-sure&v=7');
    expect(encodeAnswers({ nonsense: 'x', forms: [] } as Answers)).toBe(`v=${RULESET_VERSION}`);
  });
});

describe('decodeAnswers', () => {
  it('reads repeated keys and comma-joined values, de-duplicated, in question order', () => {
    const params = new URLSearchParams('hosting=mainland&forms=app&forms=website,app&operator=individual&revenue=&v=1');
    expect(decodeAnswers(params)).toEqual({
      answers: { hosting: 'mainland', forms: ['website', 'app'], operator: 'individual' },
      version: '1',
      issues: [],
    });
  });

  it('accepts a record of strings and arrays (Next searchParams)', () => {
    const { answers, issues } = decodeAnswers({
      hosting: 'offshore',
      forms: ['website', 'mini-program'],
      utm_source: 'x',
      empty: undefined,
    });
    expect(issues).toEqual([]);
    expect(answers).toEqual({ hosting: 'offshore', forms: ['website', 'mini-program'] });
  });

  it('reports invalid values and leaves them out', () => {
    const base = 'hosting=mainland&forms=website&operator=mainland-company';
    expect(decodeAnswers(new URLSearchParams('forms=website&hosting=moon')).issues).toEqual([
      { question: 'hosting', code: 'invalid-option', value: 'moon' },
    ]);
    expect(decodeAnswers(new URLSearchParams(`${base}&revenue=none,advertising`))).toMatchObject({
      issues: [{ question: 'revenue', code: 'exclusive-combined' }],
    });
    expect(decodeAnswers(new URLSearchParams(`${base}&revenue=none,advertising`)).answers).not.toHaveProperty('revenue');
    expect(decodeAnswers(new URLSearchParams(`${base}&foreign-share=over-50&pilot-zone=maybe&v=1`)).issues).toEqual([
      { question: 'pilot-zone', code: 'invalid-option', value: 'maybe' },
    ]);
    expect(decodeAnswers(new URLSearchParams(`forms=website&hosting=${'x'.repeat(501)}`)).issues).toMatchObject([
      { question: 'hosting', code: 'too-long' },
    ]);
    expect(decodeAnswers(new URLSearchParams('forms=website&hosting=mainland&hosting=offshore')).issues).toMatchObject([
      { question: 'hosting', code: 'malformed' },
    ]);
    expect(decodeAnswers({ forms: 'website', hosting: 42 } as never).issues).toMatchObject([{ question: 'hosting', code: 'malformed' }]);
  });

  it('drops answers and issues for questions not asked on the path, silently', () => {
    const { answers, issues } = decodeAnswers(
      new URLSearchParams('forms=website&hosting=mainland&operator=individual&foreign-share=over-50&control=banana'),
    );
    expect(answers).toEqual({ forms: ['website'], hosting: 'mainland', operator: 'individual' });
    expect(issues).toEqual([]);
  });

  it('reads a link under the version its v names, when that version exists', () => {
    const query = 'hosting=mainland&forms=website&operator=individual&revenue=none&activities=search&sectors=news';
    const old = decodeAnswers(new URLSearchParams(`${query}&v=1`));
    expect(old).toEqual({
      answers: {
        hosting: 'mainland',
        forms: ['website'],
        operator: 'individual',
        revenue: ['none'],
        activities: ['search'],
        sectors: ['news'],
      },
      version: '1',
      issues: [],
    });
    // The same answers under version 2, where those options were replaced by search-engine and current-affairs-news.
    const current = decodeAnswers(new URLSearchParams(`${query}&v=${RULESET_VERSION}`));
    expect(current.issues.map((i) => i.question)).toEqual(['activities', 'sectors']);
    // An unknown version is read under the current questions; an explicit table wins over v.
    expect(decodeAnswers(new URLSearchParams(`${query}&v=99`)).issues).toHaveLength(2);
    expect(decodeAnswers(new URLSearchParams(`${query}&v=${RULESET_VERSION}`), V1).issues).toEqual([]);
  });

  it('never reads the prototype', () => {
    const input = JSON.parse('{"__proto__": "mainland", "constructor": "x", "forms": "app", "hosting": "offshore", "toString": "y"}');
    expect(decodeAnswers(input)).toEqual({ answers: { forms: ['app'], hosting: 'offshore' }, version: null, issues: [] });
    expect(decodeAnswers(new URLSearchParams('__proto__=x&constructor=y&v=2'))).toEqual({ answers: {}, version: '2', issues: [] });
  });

  it('decode(encode(a)) round-trips for random complete answer sets', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(isComplete(answers)).toBe(true);
        const decoded = decodeAnswers(new URLSearchParams(encodeAnswers(answers)));
        expect(decoded.issues).toEqual([]);
        expect(decoded.version).toBe(RULESET_VERSION);
        expect(sameAnswers(decoded.answers)).toEqual(sameAnswers(answers));
        expect(encodeAnswers(decoded.answers)).toBe(encodeAnswers(answers));
      }),
      { numRuns: 500 },
    );
  });

  it('random query strings never throw and yield only valid answers', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 25 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const fromParams = decodeAnswers(params);
        assertValid(fromParams.answers);
        const record: Record<string, string | string[]> = Object.create(null);
        for (const [k, v] of pairs) {
          const prev = record[k];
          record[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
        }
        assertValid(decodeAnswers(record).answers);
        // The raw string form too, including malformed percent-escapes.
        assertValid(decodeAnswers(new URLSearchParams(pairs.map(([k, v]) => `${k}=${v}`).join('&'))).answers);
      }),
      { numRuns: 500 },
    );
  });

  it('mutated valid query strings never throw and yield only valid answers', { timeout: 30_000 }, () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: keyArb, value: valueArb }),
      fc.record({ kind: fc.constant('append' as const), key: keyArb, value: valueArb }),
      fc.record({ kind: fc.constant('delete' as const), key: keyArb }),
    );
    fc.assert(
      fc.property(completeAnswers, fc.array(mutation, { maxLength: 6 }), (answers, mutations) => {
        const params = new URLSearchParams(encodeAnswers(answers));
        for (const m of mutations) {
          if (m.kind === 'delete') params.delete(m.key);
          else params[m.kind](m.key, m.value);
        }
        const { answers: decoded, issues } = decodeAnswers(params);
        assertValid(decoded);
        for (const issue of issues) expect(getQuestion(issue.question), issue.question).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on odd shapes', () => {
    const odd = [
      {},
      { hosting: [] },
      { hosting: [['mainland']] },
      { hosting: null },
      { forms: [1, 2] },
      { v: ['1', '2'] },
      { v: 'x'.repeat(1000) },
    ];
    for (const input of odd) expect(() => decodeAnswers(input as never)).not.toThrow();
    // A version is a small number; anything else is 'unknown', so no link text is echoed back.
    expect(decodeAnswers({ v: 'x'.repeat(1000) }).version).toBe('unknown');
    expect(decodeAnswers({ v: 'call +86 10 0000' }).version).toBe('unknown');
    expect(decodeAnswers({ v: '12' }).version).toBe('12');
    expect(decodeAnswers({}).version).toBeNull();
  });
});

describe('schema', () => {
  const q = (id: string) => getQuestion(id)!;
  const message = (question: Question, value: unknown) => {
    const r = answerSchemaFor(question).safeParse(value);
    return r.success ? null : r.error.issues[0]?.message;
  };

  it('checks one form step with message keys', () => {
    expect(message(q('hosting'), 'mainland')).toBeNull();
    expect(message(q('hosting'), '')).toBe('required');
    expect(message(q('hosting'), undefined)).toBe('required');
    expect(message(q('hosting'), 'moon')).toBe('invalid-option');
    expect(message(q('revenue'), ['own-goods', 'advertising'])).toBeNull();
    expect(message(q('revenue'), [])).toBe('requiredMulti');
    expect(message(q('revenue'), ['none', 'advertising'])).toBe('exclusive-combined');
    expect(message(q('revenue'), ['gold'])).toBe('invalid-option');
    const pilot = getQuestion('pilot-zone', V1)!;
    expect(message(pilot, 'yes')).toBeNull();
    expect(message(pilot, 'maybe')).toBe('invalid-option');
    expect(message(q('location'), 'not-sure')).toBeNull();
    expect(message(q('location'), 'atlantis')).toBe('invalid-option');
  });
});
