import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAnswers, encodeAnswers, nextQuestion, QUESTIONS, type Answers } from '@/lib/assessment';
import { encodeQuestionCode } from '@/lib/assessment/result-code';
import { partialAnswers } from '@/lib/assessment/testing/arbitraries';
import { questionCode, readAnswersCode } from './result-link';
import { resolveStep, stepView } from '@/lib/views/step';
import { readAssessmentAddress, readQuestionForm, STEP_FIELD, type AssessmentAddress } from './assessment-address';
import { nextHref, questionHref } from './urls';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const INDIVIDUAL: Answers = { hosting: 'mainland', forms: ['website'], operator: 'individual' };
const addressOf = (question: string, code: string) =>
  readAssessmentAddress('en', `/assessment/q/${question}/${code}`, new URLSearchParams());
/** A question page's address, as the reader finds it: the page and its answers, where it moved, or not found. */
function at(question: string, code: string) {
  const address = addressOf(question, code);
  if (address?.kind === 'question') return { kind: 'question', answers: address.answers };
  return address?.kind === 'redirect' ? { kind: 'moved', to: address.to, status: address.status } : address;
}

describe('question page addresses', () => {
  it('read back exactly the answers given so far, for any partial answer set', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const code = questionCode(answers);
        expect(readAnswersCode(code)).toEqual({ kind: 'answers', answers, code });
        const next = nextQuestion(answers);
        const href = nextHref('zh', answers);
        if (next) expect(href).toBe(`/zh/assessment/q/${next.id}/${code}`);
        // Every question asked so far can be opened again (Back, Change) at an address of the same answers.
        if (next) expect(at(next.id, code)).toEqual({ kind: 'question', answers });
      }),
      { numRuns: 500 },
    );
  });

  it('open nothing for any mistyped character, a 0 read as z included, nor for most swaps of two neighbours', () => {
    let typos = 0;
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const code = questionCode(answers);
        const [version, symbols] = code.split('-') as [string, string];
        for (let i = 0; i < symbols.length; i++) {
          for (const c of ALPHABET) {
            if (c === symbols[i]) continue;
            const typo = `${version}-${symbols.slice(0, i)}${c}${symbols.slice(i + 1)}`;
            typos++;
            expect(readAnswersCode(typo), typo).toEqual({ kind: 'unknown' });
          }
        }
        // A swap is caught by the weighted check, except of a 0 and a z (which it weighs alike) or of the last two.
        for (let i = 0; i + 2 < symbols.length; i++) {
          const pair = `${symbols[i]}${symbols[i + 1]}`;
          if (symbols[i] === symbols[i + 1] || pair === '0z' || pair === 'z0') continue;
          const swapped = `${version}-${symbols.slice(0, i)}${symbols[i + 1]}${symbols[i]}${symbols.slice(i + 2)}`;
          expect(readAnswersCode(swapped), swapped).toEqual({ kind: 'unknown' });
        }
      }),
      { numRuns: 300 },
    );
    expect(typos).toBeGreaterThan(10_000);
    // The case the result codes' check symbol alone misses: 3-00 and 3-z0 pass it alike.
    expect(readAnswersCode('3-z00')).toEqual({ kind: 'unknown' });
  });

  it('move to the canonical address: answers the path would not ask dropped, a question not asked passed over', () => {
    // foreign-share is not asked of an individual.
    const padded = encodeQuestionCode('3', QUESTIONS, {
      hosting: ['mainland'],
      forms: ['website'],
      operator: ['individual'],
      'foreign-share': ['none'],
    });
    expect(at('activities', padded)).toEqual({ kind: 'moved', to: questionHref('en', 'activities', INDIVIDUAL), status: 308 });
    expect(at('foreign-share', questionCode(INDIVIDUAL))).toEqual({ kind: 'moved', to: nextHref('en', INDIVIDUAL), status: 308 });
    expect(stepView('en', 'foreign-share', addressOf('foreign-share', questionCode(INDIVIDUAL)))).toEqual({
      kind: 'redirect',
      to: questionHref('en', 'activities', INDIVIDUAL),
    });
    // A later question may be opened with earlier answers changed: the page shows what it holds.
    expect(at('hosting', questionCode(INDIVIDUAL))).toEqual({ kind: 'question', answers: INDIVIDUAL });
  });

  it('are not found for codes that do not read or hold an answer no question accepts', () => {
    // "none" with another revenue option: a mask the encoder writes, which the questions refuse.
    const combined = encodeQuestionCode('3', QUESTIONS, {
      ...raw(INDIVIDUAL),
      activities: ['own-content'],
      revenue: ['none', 'advertising'],
    });
    for (const code of ['3-zz', '9-000', '3-0', combined]) expect(at('revenue', code), code).toEqual({ kind: 'not-found' });
    // A question the site does not have is no assessment address: the page table answers it (404).
    expect(at('no-such-question', '3-000')).toBeNull();
    expect(stepView('en', 'hosting', addressOf('hosting', '3-zz'))).toEqual({ kind: 'not-found' });
  });

  it('start at the first question with no answers', () => {
    expect(questionHref('en', QUESTIONS[0].id, {})).toBe(`/en/assessment/q/${QUESTIONS[0].id}/3-000`);
    expect(at(QUESTIONS[0].id, '3-000')).toEqual({ kind: 'question', answers: {} });
  });
});

describe('the query form of a question', () => {
  const query = (answers: Answers, extra: Record<string, string> = {}) =>
    new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(encodeAnswers(answers))), ...extra });
  /** Where the query form goes: a redirect's status and address, or 400 when the page shows it again. */
  function target(question: string, params: URLSearchParams) {
    const address: AssessmentAddress = readQuestionForm('en', question, params);
    if (address.kind === 'redirect') return { status: address.status, to: address.to };
    return address.kind === 'question-form' ? { status: 400 } : address;
  }

  it('moves a valid answer on (303), an old link to the canonical address (308)', () => {
    const submitted = query({ ...INDIVIDUAL, activities: ['own-content'] }, { [STEP_FIELD]: 'activities' });
    expect(target('activities', submitted)).toEqual({ status: 303, to: nextHref('en', { ...INDIVIDUAL, activities: ['own-content'] }) });
    expect(target('activities', query(INDIVIDUAL))).toEqual({ status: 308, to: questionHref('en', 'activities', INDIVIDUAL) });
    expect(target('forms', new URLSearchParams('v=3'))).toEqual({ status: 308, to: '/en/assessment/q/forms/3-000' });
    expect(target('foreign-share', query(INDIVIDUAL))).toEqual({ status: 308, to: nextHref('en', INDIVIDUAL) });
  });

  it('answers 400 exactly when the page shows the question with its error or what to fix', () => {
    const missing = query(INDIVIDUAL, { [STEP_FIELD]: 'activities' });
    const combined = query(INDIVIDUAL, { [STEP_FIELD]: 'activities', activities: 'none-of-these,community' });
    const other = new URLSearchParams({ hosting: 'moon', [STEP_FIELD]: 'operator', forms: 'website', operator: 'individual' });
    for (const [question, params] of [
      ['activities', missing],
      ['activities', combined],
      ['operator', other],
    ] as const) {
      expect(target(question, params)).toEqual({ status: 400 });
      const view = resolveStep('en', question, decodeAnswers(params), Object.fromEntries(params));
      expect(view.kind === 'invalid' || (view.kind === 'question' && view.error !== null), question).toBe(true);
    }
  });

  it('agrees with the page on every generated submission: it moves where the page would, and 400s what the page shows', () => {
    fc.assert(
      fc.property(
        partialAnswers,
        fc.constantFrom(...QUESTIONS.map((q) => q.id)),
        fc.constantFrom('', 'moon', 'none', 'yes'),
        (answers, question, value) => {
          const params = query(answers, { [STEP_FIELD]: question, ...(value ? { [question]: value } : {}) });
          const decoded = decodeAnswers(params);
          const moved = target(question, params);
          const view = resolveStep('en', question, decoded, Object.fromEntries(params));
          if ('to' in moved) expect(view).toEqual({ kind: 'redirect', to: moved.to });
          else expect(view.kind === 'invalid' || (view.kind === 'question' && view.error !== null)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function raw(answers: Answers): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, v]) => [id, typeof v === 'boolean' ? [v ? 'yes' : 'no'] : Array.isArray(v) ? v : [v as string]]),
  );
}
