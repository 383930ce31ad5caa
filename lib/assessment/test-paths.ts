/** Test helpers: walking the questionnaire's reachable paths. Not part of the public API. */
import { classify } from './classify';
import { askedQuestions, isComplete, nextQuestion } from './flow';
import { CURRENT_RULESET, type Ruleset } from './rulesets';
import { OBLIGATION_IDS, type AnswerValue, type Answers, type Classification, type Question } from './types';

export type Choices = (question: Question, answers: Answers) => readonly AnswerValue[];

/** Each option alone (the exclusive one included) for multiple choice; every option otherwise. */
export const singles: Choices = (q) => {
  if (q.kind === 'yesno') return [true, false];
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.kind === 'multi') return ids.map((id) => [id]);
  return ids;
};

/** Every complete answer set reachable by answering each asked question with one of `choices`. */
export function* completePaths(choices: Choices, start: Answers = {}, ruleset: Ruleset = CURRENT_RULESET): Generator<Answers> {
  const question = nextQuestion(start, ruleset);
  if (!question) {
    yield start;
    return;
  }
  for (const value of choices(question, start)) yield* completePaths(choices, { ...start, [question.id]: value }, ruleset);
}

const LICENCES = ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'] as const;
const B25_BY_ACTIVITY = {
  'publish-others': 'release-delivery',
  'app-store': 'release-delivery',
  search: 'search-query',
  community: 'community',
  messaging: 'instant-interaction',
  security: 'protection-processing',
} as const;
const PAID = ['paid-content', 'listing-fees', 'subscriptions', 'advertising'];

const list = (a: Answers, q: string): readonly string[] => (Array.isArray(a[q]) ? (a[q] as string[]) : []);
const has = (a: Answers, q: string, option: string) => list(a, q).includes(option);

/** The invariants every complete path must satisfy; returns the first one broken, or null. */
export function broken(a: Answers, c: Classification, ruleset: Ruleset = CURRENT_RULESET): string | null {
  const needed = new Set(c.obligations.map((o) => o.id));
  const mainland = a.hosting === 'mainland' || a.hosting === 'undecided';
  const asked = askedQuestions(a, ruleset);
  if (asked.length > 10) return 'more than 10 questions';
  if (!isComplete(a, ruleset)) return 'incomplete path';
  if (mainland && has(a, 'forms', 'website') && !needed.has('icp-filing')) return 'mainland website without icp-filing';
  if (a.hosting === 'offshore' && needed.has('icp-filing')) return 'offshore with icp-filing';
  if (a.hosting === 'offshore' && LICENCES.some((l) => needed.has(l))) return 'offshore with a telecom licence';
  const commercial = list(a, 'revenue').some((r) => PAID.includes(r));
  const b25 = list(a, 'activities').filter((x): x is keyof typeof B25_BY_ACTIVITY => Object.hasOwn(B25_BY_ACTIVITY, x));
  if (mainland && commercial && b25.length > 0) {
    const licence = c.obligations.find((o) => o.id === 'icp-licence');
    if (!licence) return 'commercial B25 activity without icp-licence';
    for (const act of b25) if (!licence.subItems.includes(B25_BY_ACTIVITY[act])) return `icp-licence without the sub-item for ${act}`;
  }
  if (mainland && has(a, 'forms', 'website') && has(a, 'revenue', 'none') && has(a, 'activities', 'none') && has(a, 'sectors', 'none')) {
    if (!needed.has('icp-filing') || !needed.has('psb-filing')) return 'brochure site without icp-filing and psb-filing';
    if ([...needed].some((id) => id !== 'icp-filing' && id !== 'psb-filing' && id !== 'app-filing'))
      return 'brochure site with a licence or permit';
  }
  if (c.notNeeded.some((n) => needed.has(n.id))) return 'an id both needed and not needed';
  const licensed = LICENCES.some((l) => needed.has(l));
  if (licensed !== asked.some((q) => q.id === 'regions')) return 'regions asked iff a telecom licence is needed';
  if (licensed !== c.findings.some((f) => f.id === 'capital-threshold')) return 'capital threshold iff a telecom licence is needed';
  const order = c.obligations.map((o) => OBLIGATION_IDS.indexOf(o.id));
  if (order.some((v, i) => i > 0 && v <= order[i - 1]!)) return 'obligations out of order';
  if (c.nextSteps.at(-1) !== 'book-consultation') return 'last next step is not the consultation';
  for (const outcome of [...c.obligations, ...c.notNeeded, ...c.findings, ...c.greyAreas]) {
    if (outcome.because.length === 0) return `${outcome.id} without a reason`;
    for (const reason of outcome.because)
      if (reason.questions.some((q) => !Object.hasOwn(a, q))) return `${reason.ruleId} cites an unanswered question`;
  }
  return null;
}

/** Classifies every path `choices` reaches and checks the invariants; `tamper` lets a test break the result on purpose. */
export function sweep(
  choices: Choices,
  tamper: (c: Classification) => Classification = (c) => c,
  ruleset: Ruleset = CURRENT_RULESET,
): { count: number; failures: string[] } {
  let count = 0;
  const failures: string[] = [];
  for (const answers of completePaths(choices, {}, ruleset)) {
    count++;
    let problem: string | null;
    try {
      problem = broken(answers, tamper(classify(answers, ruleset)), ruleset);
    } catch (error) {
      problem = `threw ${String(error)}`;
    }
    if (problem) failures.push(`${problem}: ${JSON.stringify(answers)}`);
    if (failures.length >= 5) break;
  }
  return { count, failures };
}

export { interchangeable, leavesReading, pairsOf } from './equivalence';
