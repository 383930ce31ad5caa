import {
  RULESET_VERSION,
  CURRENT_RULESET,
  classify,
  decodeAnswers,
  encodeAnswers,
  nextQuestion,
  askedQuestions,
  rulesetFor,
} from '@/lib/assessment';
import { rulesUpdate } from '@/lib/assessment/updates';
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
  // A link of an older version that still exists is read, and classified, under its own rules.
  const ruleset = (version !== null && rulesetFor(version)) || CURRENT_RULESET;
  const missing = nextQuestion(answers, ruleset);
  if (missing) {
    const unanswered = askedQuestions(answers, ruleset)
      .filter((q) => answers[q.id] === undefined)
      .map((q) => q.id);
    return {
      status: 400,
      body: { error: 'incomplete', rulesChanged, issues: unanswered.map((question) => ({ question, code: 'required' })) },
    };
  }
  if (ruleset !== CURRENT_RULESET) {
    // Both classifications and the differences; `current` is null while a changed question awaits an answer.
    const { asIssued, current, changes, carried, missing: ask } = rulesUpdate(answers, ruleset);
    const query = encodeAnswers(carried);
    const links = Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, '/assessment/result')}?${query}`]));
    const body = { version: RULESET_VERSION, requestedVersion: version, rulesChanged, answers, asIssued, current, changes };
    return { status: 200, body: { ...body, currentAnswers: carried, missing: ask, links } };
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
