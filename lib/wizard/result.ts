import {
  CURRENT_RULESET,
  classify,
  rulesetFor,
  type QuestionTable,
  decodeAnswers,
  nextQuestion,
  type Answers,
  type Classification,
  type DecodeResult,
  type Question,
} from '@/lib/assessment';
import { assumptions, type Assumption } from '@/lib/assessment/assumptions';
import { changelogAnchor } from '@/lib/assessment/changelog';
import { rulesUpdate, type RulesUpdate } from '@/lib/assessment/updates';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { readResultCode, resultCode } from './result-link';
import { nextHref, questionHref, resultPath } from './urls';
import { answeredItems, invalidView, type AnsweredItem, type InvalidView } from './step';

export interface ResultView {
  kind: 'result';
  code: string;
  version: string;
  answers: Answers;
  answered: readonly AnsweredItem[];
  /** The result as issued: under the rules of the version the code names. */
  classification: Classification;
  /** The page's own path, locale included: its short permanent link. */
  href: string;
  /** The "not sure" answers: what was assumed, and what each other answer would change. */
  assumptions: readonly Assumption[];
  /** For a code of an older version: what the current rules change, and where the current result is. */
  update: { rules: RulesUpdate; currentHref: string; changelogHref: string } | null;
  /** The changelog entry of the version the result was made under. */
  versionHref: string;
}

/** What `/<locale>/result/<code>` shows: the result, the same result's canonical code, or nothing (404). */
export function resolveResultCode(locale: Locale, code: string): ResultView | { kind: 'moved'; to: string } | { kind: 'not-found' } {
  const read = readResultCode(code);
  if (read.kind === 'unknown') return { kind: 'not-found' };
  if (read.kind === 'moved') return { kind: 'moved', to: localePath(locale, resultPath(read.code)) };
  const { answers, version } = read;
  const ruleset = rulesetFor(version)!;
  const rules = ruleset === CURRENT_RULESET ? null : rulesUpdate(answers, ruleset);
  // Under older rules, changing an answer starts from the answers carried into the current questions.
  const currentHref = rules && (rules.missing ? questionHref(locale, rules.missing, rules.carried) : nextHref(locale, rules.carried));
  return {
    kind: 'result',
    code,
    version,
    answers,
    answered: answeredItems(locale, answers, ruleset, currentHref ? () => currentHref : undefined),
    classification: rules?.asIssued ?? classify(answers, ruleset),
    href: localePath(locale, resultPath(code)),
    assumptions: assumptions(answers, ruleset),
    update: rules && {
      rules,
      currentHref: currentHref!,
      changelogHref: `${localePath(locale, '/changelog')}#${changelogAnchor(CURRENT_RULESET.version)}`,
    },
    versionHref: `${localePath(locale, '/changelog')}#${changelogAnchor(version)}`,
  };
}

export type LegacyResultView =
  | InvalidView
  | { kind: 'incomplete'; missing: Question; answered: readonly AnsweredItem[]; continueHref: string }
  | { kind: 'outdated'; answered: readonly AnsweredItem[]; recheckHref: string };

/**
 * Where a long result link of the first release (`/assessment/result?<answers>&v=<version>`) goes: to its short
 * link (a 308), or to a page saying what to fix (status 400) or that its ruleset version is not one this site has.
 * The proxy asks it for the status and the page for what to show, so the two cannot drift apart.
 */
export function legacyResultTarget({ answers, issues, version }: DecodeResult): 'moved' | 'outdated' | 'invalid' | 'incomplete' {
  // A link naming a version this site never had is explained first: its answers may not fit any questions.
  if (version !== null && !rulesetFor(version)) return 'outdated';
  if (issues.length > 0) return 'invalid';
  return nextQuestion(answers, tableOf(version)) ? 'incomplete' : 'moved';
}

/** The questions a long link is read under: those of the version it names, or the current ones. */
export function tableOf(version: string | null): QuestionTable {
  return (version !== null && rulesetFor(version)) || CURRENT_RULESET;
}

/** The short link a readable long link moves to: its answers' code under the version it names. */
export function movedTo(locale: Locale, { answers, version }: DecodeResult): string {
  return localePath(locale, resultPath(resultCode(answers, tableOf(version))));
}

/** What a long result link that has not moved shows. */
export function resolveLegacyResult(locale: Locale, decoded: DecodeResult): LegacyResultView | null {
  const { answers, issues } = decoded;
  const answered = answeredItems(locale, answers, tableOf(decoded.version));
  switch (legacyResultTarget(decoded)) {
    case 'outdated':
      return { kind: 'outdated', answered, recheckHref: nextHref(locale, answers) };
    case 'invalid':
      return invalidView(locale, issues, answers);
    case 'incomplete': {
      const missing = nextQuestion(answers, tableOf(decoded.version))!;
      return { kind: 'incomplete', missing, answered, continueHref: questionHref(locale, missing.id, answers) };
    }
    default:
      return null;
  }
}

const LOCALE = `(?:${LOCALES.join('|')})`;
const SHORT_LINK = new RegExp(`^/${LOCALE}/result/([^/?#]+)$`);
const LONG_LINK = new RegExp(`^/${LOCALE}/assessment/result\\?([A-Za-z0-9=&,%._-]*)$`);

/**
 * A result the visitor carries to the contact or enquiry page, shown in `locale`, or null unless `value` is the
 * path of a result that can be shown (so the parameter can neither inject text nor send the visitor elsewhere).
 * A long link of the first release is read as its short link would be.
 */
export function resultOfLink(locale: Locale, value: unknown): ResultView | null {
  if (typeof value !== 'string' || value.length > 1500) return null;
  const short = SHORT_LINK.exec(value);
  const long = short ? null : LONG_LINK.exec(value);
  let code = short?.[1];
  if (long) {
    const decoded = decodeAnswers(new URLSearchParams(long[1]));
    if (legacyResultTarget(decoded) === 'moved') code = resultCode(decoded.answers, tableOf(decoded.version));
  }
  if (code === undefined) return null;
  const view = resolveResultCode(locale, code);
  if (view.kind === 'moved') return resultOfLink(locale, view.to);
  return view.kind === 'result' ? view : null;
}
