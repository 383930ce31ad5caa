import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  applicableAnswers,
  askedQuestions,
  nextQuestion,
  type AnswerValue,
  type Answers,
  type Question,
} from '@/lib/assessment';
import { CURRENT_RULESET } from '@/lib/assessment/rulesets';
import { FIXTURE_SEED } from '@/lib/assessment/rulesets/fixture';
import { completeAnswersFor } from '@/lib/assessment/testing/arbitraries';
import { complete } from '@/lib/assessment/testing/v3-cases';
import { TABLE } from '@/lib/assessment/testing/v3-table';
import { flowLayout, wrap } from './how-it-decides';

const questions = QUESTIONS as readonly Question[];
// The rule table's cases and a seeded sample of complete answer sets, as structure.test.ts reads them. Walking every
// single-option path is not an option any more: version 3 has millions of them (the walk ran out of memory).
const PATHS: readonly Answers[] = [
  ...Object.values(TABLE).flatMap((row) => [...row.fires, ...row.not].map((overrides) => complete(overrides))),
  ...fc.sample(completeAnswersFor(CURRENT_RULESET), { numRuns: 3000, seed: FIXTURE_SEED }),
];

const optionsOf = (q: Question) => (q.kind === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.id));
const chose = (value: unknown, option: string) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') === option : Array.isArray(value) ? value.includes(option) : value === option;
const valueOf = (q: Question, option: string): AnswerValue =>
  q.kind === 'yesno' ? option === 'yes' : q.kind === 'multi' ? [option] : option;
const firstOf = (q: Question): AnswerValue => valueOf(q, optionsOf(q)[0]!);

/** An answer set that asks `q` and chooses `option`: a path that asks `q`, with that answer, the rest answered anew. */
function routeTo(q: Question, option: string): Answers | null {
  for (const path of PATHS) {
    if (!askedQuestions(path).some((x) => x.id === q.id)) continue;
    let answers = applicableAnswers({ ...path, [q.id]: valueOf(q, option) });
    for (let next = nextQuestion(answers); next; next = nextQuestion(answers)) answers = { ...answers, [next.id]: firstOf(next) };
    if (askedQuestions(answers).some((x) => x.id === q.id) && chose(answers[q.id], option)) return answers;
  }
  return null;
}

// What the diagram shows, checked on the tables it is drawn from (reachable questions and rules that fire: structure.test.ts).
describe('the flow the how-it-decides diagram draws', () => {
  it('every option of every question has a route to a result', () => {
    const routeless = questions.flatMap((q) =>
      optionsOf(q)
        .filter((o) => routeTo(q, o) === null)
        .map((o) => `${q.id}=${o}`),
    );
    expect(routeless).toEqual([]);
  });

  it('draws every question once, in order, with a bypass exactly where a question has a condition', () => {
    const layout = flowLayout(questions, (id) => `Question ${id}`);
    expect(layout.nodes.map((n) => n.id)).toEqual(questions.map((q) => q.id));
    expect(layout.nodes.filter((n) => n.conditional).map((n) => n.id)).toEqual(questions.filter((q) => q.when).map((q) => q.id));
    layout.nodes.forEach((n, i) => i > 0 && expect(n.y).toBeGreaterThan(layout.nodes[i - 1]!.y + layout.nodes[i - 1]!.height));
  });

  it('wraps titles to fit the boxes, in Latin and CJK text alike', () => {
    expect(wrap('How does the service make money?', 150)).toEqual(['How does the service', 'make money?']);
    // 14 px per CJK character: seven to a 100 px line.
    expect(wrap('服务通过什么方式获得收入？', 100)).toEqual(['服务通过什么方', '式获得收入？']);
    expect(wrap('short')).toEqual(['short']);
  });
});
