import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS } from './questions';
import { QUESTIONS as V1_QUESTIONS } from './rulesets/v1/questions';
import {
  decodeQuestionCode,
  decodeResultCode,
  encodeQuestionCode,
  encodeResultCode,
  resultCodeVersion,
  RESULT_CODE_PATTERN,
} from './result-code';
import { completeAnswers, partialAnswers } from './testing/arbitraries';
import type { Answers, Question } from './types';

const raw = (answers: Answers) =>
  Object.fromEntries(
    Object.entries(answers).map(([id, v]) => [id, typeof v === 'boolean' ? [v ? 'yes' : 'no'] : Array.isArray(v) ? v : [v as string]]),
  );

describe('short result codes', () => {
  it('decode(encode(a)) gives the answers back, and every code is short and well formed', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const code = encodeResultCode('1', QUESTIONS, raw(answers));
        expect(code).toMatch(RESULT_CODE_PATTERN);
        // `/zh/result/<code>` stays well under the 60 characters a link may take.
        expect(`/zh/result/${code}`.length).toBeLessThanOrEqual(40);
        expect(resultCodeVersion(code)).toBe('1');
        const decoded = decodeResultCode(code, QUESTIONS);
        expect(decoded).toEqual(
          Object.fromEntries(Object.entries(raw(answers)).map(([k, v]) => [k, [...v].sort((a, b) => order(k, a) - order(k, b))])),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('question page codes: any partial answer set reads back, and is its result code with a second check symbol', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const code = encodeQuestionCode('2', QUESTIONS, raw(answers));
        expect(code).toMatch(RESULT_CODE_PATTERN);
        expect(code.slice(0, -1)).toBe(encodeResultCode('2', QUESTIONS, raw(answers)));
        const decoded = decodeQuestionCode(code, QUESTIONS);
        expect(decoded).toEqual(
          Object.fromEntries(Object.entries(raw(answers)).map(([k, v]) => [k, [...v].sort((a, b) => order(k, a) - order(k, b))])),
        );
      }),
      { numRuns: 500 },
    );
    expect(encodeQuestionCode('2', QUESTIONS, {})).toBe('2-000');
    // The weighted sum mod 31 weighs 0 and z alike; the second symbol does not.
    expect(decodeResultCode('2-z0', QUESTIONS)).not.toBeNull();
    expect(decodeQuestionCode('2-z00', QUESTIONS)).toBeNull();
  });

  it('different answer sets get different codes', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const key = JSON.stringify(raw(answers));
        const code = encodeResultCode('1', QUESTIONS, raw(answers));
        if (seen.has(code)) expect(seen.get(code)).toBe(key);
        seen.set(code, key);
      }),
      { numRuns: 500 },
    );
  });

  it('catches every mistyped character and every swap of two neighbours', () => {
    // An example without a 0 in its code: the weighted check cannot tell 0 from z (see result-code.ts).
    const code = encodeResultCode('1', QUESTIONS, raw({ hosting: 'offshore', forms: ['website'], operator: 'individual' }));
    const symbols = code.slice(2);
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
    for (let i = 0; i < symbols.length; i++) {
      for (const c of alphabet) {
        if (c === symbols[i]) continue;
        const typo = `1-${symbols.slice(0, i)}${c}${symbols.slice(i + 1)}`;
        expect(decodeResultCode(typo, QUESTIONS), typo).toBeNull();
      }
      if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
        const swapped = `1-${symbols.slice(0, i)}${symbols[i + 1]}${symbols[i]}${symbols.slice(i + 2)}`;
        expect(decodeResultCode(swapped, QUESTIONS), swapped).toBeNull();
      }
    }
  });

  it('refuses what no encoder writes: other alphabets, a number past the table, a leading zero', () => {
    for (const code of ['', '1-', '1-k', 'x-abc', '0-abc', '1-ABCD', '1-abci', '1-abc/def', '12345-abc'])
      expect(decodeResultCode(code, QUESTIONS), code).toBeNull();
    const tiny: readonly Question[] = [{ id: 'q', kind: 'single', options: [{ id: 'a' }, { id: 'b' }] }];
    expect(decodeResultCode(encodeResultCode('1', tiny, { q: ['b'] }), tiny)).toEqual({ q: ['b'] });
    // 3 is one past the largest number the one-question table has (2 = option b).
    const past = '1-3' + checkOf('3');
    expect(decodeResultCode(past, tiny)).toBeNull();
    expect(decodeResultCode('1-02' + checkOf('02'), tiny)).toBeNull();
  });

  it('is frozen: the codes of the first release read the same forever', () => {
    // Written by the encoder on 2026-12-01 for version 1's question table; a change that alters them breaks shared links.
    const brochure = {
      hosting: ['mainland'],
      forms: ['website'],
      operator: ['mainland-company'],
      'foreign-share': ['none'],
      revenue: ['none'],
      activities: ['none'],
      sectors: ['none'],
    };
    expect(encodeResultCode('1', V1_QUESTIONS, brochure)).toBe(FROZEN_BROCHURE);
    expect(decodeResultCode(FROZEN_BROCHURE, V1_QUESTIONS)).toEqual(brochure);
  });
});

const FROZEN_BROCHURE = '1-r0006001n5p';

function order(questionId: string, option: string): number {
  const q: Question = QUESTIONS.find((x) => x.id === questionId)!;
  return q.kind === 'yesno' ? (option === 'yes' ? 0 : 1) : (q.options ?? []).findIndex((o) => o.id === option);
}

function checkOf(body: string): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * alphabet.indexOf(body[i]!);
  return alphabet[sum % 31]!;
}
