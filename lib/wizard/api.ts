import { RULESET_VERSION, classify, decodeAnswers, nextQuestion, askedQuestions, type Answers } from '@/lib/assessment';
import { LOCALES } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { verdictOf } from '@/lib/assessment/verdict';
import { waysForward } from '@/lib/assessment/ways-forward';
import { readResultCode, resultCode } from './result-link';
import { resultPath } from './urls';

export interface ApiResponse {
  status: number;
  body: unknown;
}

function classified(answers: Answers, requestedVersion: string | null, siteUrl: string): ApiResponse {
  const code = resultCode(answers);
  const classification = classify(answers);
  const link = (c: string) => Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, resultPath(c))}`]));
  return {
    status: 200,
    body: {
      version: RULESET_VERSION,
      requestedVersion,
      rulesChanged: requestedVersion !== null && requestedVersion !== RULESET_VERSION,
      code,
      answers,
      classification,
      verdict: verdictOf(classification),
      // Each way forward: the answers it changes (new values), its verdict and needs, and its own result.
      waysForward: waysForward(answers, classification).map((w) => ({
        id: w.id,
        changes: Object.fromEntries(w.changes.map((q) => [q, w.answers[q] ?? null])),
        verdict: w.verdict,
        obligations: w.obligations,
        links: link(resultCode(w.answers)),
      })),
      links: link(code),
    },
  };
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
  return classified(answers, version, siteUrl);
}

/** The JSON API's answer for a short result code (`/api/assessment/<code>`): as for its result page, or 404. */
export function assessmentApiForCode(code: string, siteUrl: string): ApiResponse {
  const read = readResultCode(code);
  if (read.kind === 'moved') return assessmentApiForCode(read.code, siteUrl);
  if (read.kind === 'unknown') return { status: 404, body: { error: 'unknown-code', code: code.slice(0, 80) } };
  return classified(read.answers, read.version, siteUrl);
}
