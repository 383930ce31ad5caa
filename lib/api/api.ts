import {
  CURRENT_RULESET,
  RULESET_VERSION,
  classify,
  decodeAnswers,
  nextQuestion,
  askedQuestions,
  rulesetFor,
  type Answers,
} from '@/lib/assessment';
import type { Classification, Ruleset } from '@/lib/assessment';
import { rulesUpdate } from '@/lib/assessment/updates';
import { LOCALES } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { resultVerdict } from '@/lib/assessment/verdict';
import { waysForward } from '@/lib/assessment/ways-forward';
import { readResultCode, resultCode } from '@/lib/addresses/result-link';
import { resultPath } from '@/lib/addresses/urls';
import { whatIfs } from '@/lib/assessment/what-if';

/** The what-ifs, compact: per line the answer, how it changes, the effect as `kind:id`, and each variant's result code. */
export function whatIfJson(answers: Answers) {
  const refs = (list: readonly { kind: string; id: string }[]) => list.map((r) => `${r.kind}:${r.id}`);
  return whatIfs(answers).flatMap((group) =>
    group.lines.map((line) => ({
      question: group.question,
      action: line.action,
      verdict: line.diff.verdict?.to ?? null,
      added: refs(line.diff.added),
      removed: refs(line.diff.removed),
      results: line.variants.map((v) => ({
        changes: v.changes.map((c) => `${c.question}${{ set: '=', add: '+', remove: '-' }[c.action]}${c.option}`),
        code: resultCode(v.answers),
      })),
    })),
  );
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

function links(siteUrl: string, code: string): Record<string, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, `${siteUrl}${localePath(l, resultPath(code))}`]));
}

/** The verdict, and each way forward: the answers it changes (new values), its verdict and needs, its own result. */
function decision(answers: Answers, classification: Classification, siteUrl: string) {
  return {
    verdict: resultVerdict(answers, classification),
    waysForward: waysForward(answers, rulesetFor(classification.version)).map((w) => ({
      id: w.id,
      changes: Object.fromEntries(w.changes.map((q) => [q, w.answers[q] ?? null])),
      verdict: w.verdict,
      obligations: w.obligations,
      links: links(siteUrl, resultCode(w.answers)),
    })),
  };
}

/**
 * The classification of complete answers under the rules they were given under. For an older version: the result
 * as issued, under the current rules (null while a new question awaits an answer), and the differences.
 */
function classified(answers: Answers, ruleset: Ruleset, requestedVersion: string | null, siteUrl: string): ApiResponse {
  const code = resultCode(answers, ruleset);
  const head = { version: RULESET_VERSION, requestedVersion, rulesChanged: ruleset !== CURRENT_RULESET, code, answers };
  if (ruleset === CURRENT_RULESET) {
    const classification = classify(answers);
    const body = { ...head, classification, ...decision(answers, classification, siteUrl), whatIf: whatIfJson(answers) };
    return { status: 200, body: { ...body, links: links(siteUrl, code) } };
  }
  const { asIssued, current, changes, carried, missing } = rulesUpdate(answers, ruleset);
  const currentCode = current ? resultCode(carried) : null;
  return {
    status: 200,
    body: {
      ...head,
      asIssued,
      current,
      changes,
      currentAnswers: carried,
      missing,
      links: links(siteUrl, code),
      currentLinks: currentCode ? links(siteUrl, currentCode) : null,
      // What would change it, under the current rules (the answers carried over), once it has a current result.
      whatIf: current ? whatIfJson(carried) : [],
    },
  };
}

/** The JSON API's answer for a query string: the classification, or status 400 with what is wrong. */
export function assessmentApi(params: URLSearchParams, siteUrl: string): ApiResponse {
  const { answers, issues, version } = decodeAnswers(params);
  // A link of an older version that still exists is read, and classified, under its own rules.
  const ruleset = (version !== null && rulesetFor(version)) || CURRENT_RULESET;
  const rulesChanged = version !== null && version !== RULESET_VERSION;
  if (issues.length > 0) return { status: 400, body: { error: 'invalid-answers', rulesChanged, issues } };
  if (nextQuestion(answers, ruleset)) {
    const unanswered = askedQuestions(answers, ruleset)
      .filter((q) => answers[q.id] === undefined)
      .map((q) => q.id);
    return {
      status: 400,
      body: { error: 'incomplete', rulesChanged, issues: unanswered.map((question) => ({ question, code: 'required' })) },
    };
  }
  return classified(answers, ruleset, version, siteUrl);
}

/** The JSON API's answer for a short result code (`/api/assessment/<code>`): as for its result page, or 404. */
export function assessmentApiForCode(code: string, siteUrl: string): ApiResponse {
  const read = readResultCode(code);
  if (read.kind === 'moved') return assessmentApiForCode(read.code, siteUrl);
  if (read.kind === 'unknown') return { status: 404, body: { error: 'unknown-code', code: code.slice(0, 80) } };
  return classified(read.answers, rulesetFor(read.version)!, read.version, siteUrl);
}
