import fc from 'fast-check';
import { askedQuestions, nextQuestion } from '../flow';
import { CURRENT_TABLE, type QuestionTable } from '../rulesets/tables';
import type { AnswerValue, Answers } from '../types';

/** A random complete, valid answer set: walks the flow, answering each asked question at random (shared by the codec tests and the benchmark). */
export const completeAnswersFor = (table: QuestionTable): fc.Arbitrary<Answers> =>
  fc.array(fc.nat(), { minLength: 40, maxLength: 40 }).map((seeds) => {
    let answers: Record<string, AnswerValue> = {};
    let i = 0;
    const next = () => seeds[i++ % seeds.length]!;
    for (let q = nextQuestion(answers, table); q; q = nextQuestion(answers, table)) {
      const options = (q.options ?? []).map((o) => o.id);
      let value: AnswerValue;
      if (q.kind === 'yesno') value = next() % 2 === 0;
      else if (q.kind === 'single') value = options[next() % options.length]!;
      else {
        const exclusive = (q.options ?? []).find((o) => o.exclusive)?.id;
        const plain = options.filter((o) => o !== exclusive);
        if (exclusive && next() % 4 === 0) value = [exclusive];
        else {
          const picked = plain.filter(() => next() % 3 === 0);
          value = picked.length > 0 ? picked : [plain[next() % plain.length]!];
        }
      }
      answers = { ...answers, [q.id]: value };
    }
    return answers;
  });

/** The same, under the current questions. */
export const completeAnswers: fc.Arbitrary<Answers> = completeAnswersFor(CURRENT_TABLE);

/** A random answer set as a visitor has it partway through: the answers to the first n questions of a complete path. */
export const partialAnswers: fc.Arbitrary<Answers> = fc.tuple(completeAnswers, fc.nat()).map(([answers, cut]) => {
  const asked = askedQuestions(answers).filter((q) => Object.hasOwn(answers, q.id));
  const kept = new Set(asked.slice(0, cut % (asked.length + 1)).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => kept.has(id)));
});
