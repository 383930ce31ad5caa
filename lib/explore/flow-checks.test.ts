import { describe, expect, it } from 'vitest';
import { QUESTIONS, askedQuestions, type Question } from '@/lib/assessment';
import { completePaths, singles } from '@/lib/assessment/test-paths';
import { flowLayout, wrap } from './how-it-decides';

const questions = QUESTIONS as readonly Question[];
const PATHS = [...completePaths(singles)];

const optionsOf = (q: Question) => (q.kind === 'yesno' ? ['yes', 'no'] : (q.options ?? []).map((o) => o.id));
const chose = (value: unknown, option: string) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') === option : Array.isArray(value) ? value.includes(option) : value === option;

// What the diagram shows, checked on the tables it is drawn from (reachable questions and rules that fire: structure.test.ts).
describe('the flow the how-it-decides diagram draws', () => {
  it('every option of every question has a route to a result', () => {
    const routeless = questions.flatMap((q) =>
      optionsOf(q)
        .filter((o) => !PATHS.some((a) => askedQuestions(a).some((x) => x.id === q.id) && chose(a[q.id], o)))
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
