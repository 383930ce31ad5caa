import { RULESET_VERSION, classify, decodeAnswers, encodeAnswers, nextQuestion, askedQuestions } from '@/lib/assessment';
import { LOCALES } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** The JSON API's answer for a query string: the classification, or status 400 with what is wrong. */
export function assessmentApi(params: URLSearchParams, siteUrl: string): ApiResponse {
  const { answers, issues, version } = decodeAnswers(params);
  const rulesChanged = version !== null && version !== RULESET_VERSION;
  if (issues.length > 0) {
    return { status: 400, body: { error: 'invalid-answers', rulesChanged, issues } };
  }
  const missing = nextQuestion(answers);
  if (missing) {
    const unanswered = askedQuestions(answers)
      .filter((q) => answers[q.id] === undefined)
      .map((q) => q.id);
    return {
      status: 400,
      body: { error: 'incomplete', rulesChanged, issues: unanswered.map((question) => ({ question, code: 'required' })) },
    };
  }
  const query = encodeAnswers(answers);
  return {
    status: 200,
    body: {
      version: RULESET_VERSION,
      requestedVersion: version,
      rulesChanged,
      answers,
      classification: classify(answers),
      links: Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, '/assessment/result')}?${query}`])),
    },
  };
}
