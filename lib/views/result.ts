import {
  CURRENT_RULESET,
  classify,
  rulesetFor,
  nextQuestion,
  type Answers,
  type Classification,
  type DecodeResult,
  type Question,
} from '@/lib/assessment';
import { longResultTarget, readAssessmentAddress, tableOf, type AssessmentAddress } from '@/lib/addresses/assessment-address';
import { assumptions, type Assumption } from '@/lib/assessment/assumptions';
import { changelogAnchor } from '@/lib/assessment/changelog';
import { rulesUpdate, type RulesUpdate } from '@/lib/assessment/updates';
import { LOCALES, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { nextHref, questionHref, resultPath } from '@/lib/addresses/urls';

const NO_QUERY = new URLSearchParams();
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

/** What `/<locale>/result/<code>` shows: the result, the same result's canonical address, or nothing (404). */
export function resolveResultCode(locale: Locale, code: string): ResultView | { kind: 'moved'; to: string } | { kind: 'not-found' } {
  return resultView(locale, readAssessmentAddress(locale, resultPath(code), NO_QUERY));
}

/** What a result's address holds, as a view: the result, the address it moved to, or nothing (404). */
export function resultView(
  locale: Locale,
  address: AssessmentAddress | null,
): ResultView | { kind: 'moved'; to: string } | { kind: 'not-found' } {
  if (address?.kind === 'redirect') return { kind: 'moved', to: address.to };
  if (address?.kind !== 'result') return { kind: 'not-found' };
  const read = address;
  const { answers, version } = read;
  const ruleset = rulesetFor(version)!;
  const rules = ruleset === CURRENT_RULESET ? null : rulesUpdate(answers, ruleset);
  // Under older rules, changing an answer starts from the answers carried into the current questions.
  const currentHref = rules && (rules.missing ? questionHref(locale, rules.missing, rules.carried) : nextHref(locale, rules.carried));
  return {
    kind: 'result',
    code: read.code,
    version,
    answers,
    answered: answeredItems(locale, answers, ruleset, currentHref ? () => currentHref : undefined),
    classification: rules?.asIssued ?? classify(answers, ruleset),
    href: localePath(locale, resultPath(read.code)),
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

/** What a long result link that has not moved shows. */
export function resolveLegacyResult(locale: Locale, decoded: DecodeResult): LegacyResultView | null {
  const { answers, issues } = decoded;
  const answered = answeredItems(locale, answers, tableOf(decoded.version));
  switch (longResultTarget(decoded)) {
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

const LINK = new RegExp(`^/(?:${LOCALES.join('|')})(/[^?#]*)(?:\\?([^#]*))?$`);

/**
 * A result the visitor carries to the contact or enquiry page, shown in `locale`, or null unless `value` is the
 * path of a result that can be shown (so the parameter can neither inject text nor send the visitor elsewhere).
 * Read as any address is (lib/addresses/assessment-address.ts): a long link of the first release, or a code in
 * capitals, is read as the short link it moves to.
 */
export function resultOfLink(locale: Locale, value: unknown, hops = 1): ResultView | null {
  const link = typeof value === 'string' && value.length <= 1500 ? LINK.exec(value) : null;
  if (!link) return null;
  const address = readAssessmentAddress(locale, link[1]!, new URLSearchParams(link[2] ?? ''));
  if (address?.kind === 'redirect') return hops > 0 ? resultOfLink(locale, address.to, hops - 1) : null;
  if (address?.kind !== 'result' || address.page !== '') return null;
  const view = resultView(locale, address);
  return view.kind === 'result' ? view : null;
}
