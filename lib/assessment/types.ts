/**
 * The vocabulary of the self-assessment. Pure types: no React, no Next, no I/O.
 * Ids of obligations, findings and grey areas are permanent (see shared/domain/outcomes.md):
 * add new ones, never rename or reuse one.
 */

export const OBLIGATION_IDS = [
  'icp-filing',
  'psb-filing',
  'app-filing',
  'icp-licence',
  'edi-licence',
  'sp-licence',
  'vats-other',
  'news-permit',
  'publishing-permit',
  'game-approval',
  'audiovisual-permit',
  'culture-permit',
  'drug-info-permit',
  'religion-permit',
  'recruitment-permit',
  'ride-hailing-permit',
  'payment-licence',
  'genai-filing',
  'education-approval',
  'security-assessment',
] as const;
export type ObligationId = (typeof OBLIGATION_IDS)[number];

/** B25 sub-items carried by `icp-licence`; also the slugs of the category pages. */
export const B25_ITEMS = ['release-delivery', 'search-query', 'community', 'instant-interaction', 'protection-processing'] as const;
export type B25Item = (typeof B25_ITEMS)[number];

/** Catalogue codes carried by `vats-other`. */
export const OTHER_VATS_CODES = ['B11', 'B12', 'B13', 'B14', 'B22', 'B23', 'B24', 'B26'] as const;
export type OtherVatsCode = (typeof OTHER_VATS_CODES)[number];

export const FINDING_IDS = [
  'offshore-hosting',
  'no-mainland-entity',
  'foreign-cap-exceeded',
  'foreign-prohibited',
  'pilot-zone-route',
  'capital-threshold',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export const GREY_AREA_IDS = [
  'offshore-serving',
  'self-operated-shop',
  'advertising-income',
  'saas-classification',
  'web-production',
  'cross-regional-trigger',
] as const;
export type GreyAreaId = (typeof GREY_AREA_IDS)[number];

export type QuestionKind = 'single' | 'multi' | 'yesno';

export interface QuestionOption {
  readonly id: string;
  /** In a multiple-choice question: the "none of these" option, which cannot be combined with others. */
  readonly exclusive?: boolean;
}

/**
 * A declarative condition over the answers. Used both for when a question is asked
 * and for when a rule fires. Unanswered questions make leaf conditions false.
 */
export type Condition =
  | { readonly q: string; readonly is: string | boolean }
  | { readonly q: string; readonly in: readonly string[] }
  | { readonly q: string; readonly includes: string }
  | { readonly q: string; readonly includesAny: readonly string[] }
  | { readonly q: string; readonly answered: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface Question {
  /** Permanent: it is the key in every answer URL. */
  readonly id: string;
  readonly kind: QuestionKind;
  /** For single and multi; yes/no questions have the implicit options yes and no. */
  readonly options?: readonly QuestionOption[];
  /** Asked only when this holds for the earlier answers; always asked when absent. */
  readonly when?: Condition;
}

/** One answer value: an option id (single), option ids (multi) or a boolean (yes/no). */
export type AnswerValue = string | readonly string[] | boolean;
export type Answers = Readonly<Record<string, AnswerValue>>;

export type Confidence = 'high' | 'medium' | 'low';

/** One entry of the source table (content/sources.yaml, validated by lib/content/schema.ts). */
export interface SourceEntry {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** official = the official text at an official publisher; reproduction = the text reproduced elsewhere; commentary. */
  readonly kind: 'official' | 'reproduction' | 'commentary';
  readonly issuer?: { readonly en: string; readonly zh: string };
  readonly number?: { readonly en: string; readonly zh: string };
  readonly date?: string;
  readonly effective?: string;
  /** Where the official text is published, when the link is not it (or there is none). */
  readonly publishedIn?: { readonly en: string; readonly zh: string };
  readonly url?: string;
  readonly lastChecked: string;
}

export interface Citation {
  /** A key of the SOURCES table. */
  readonly source: string;
  /** Article or item, where known, e.g. "Art. 4". */
  readonly article?: string;
}

export type Produces =
  | {
      readonly kind: 'obligation';
      readonly id: ObligationId;
      readonly subItems?: readonly B25Item[];
      readonly codes?: readonly OtherVatsCode[];
    }
  | { readonly kind: 'not-needed'; readonly id: ObligationId }
  | { readonly kind: 'finding'; readonly id: FindingId }
  | { readonly kind: 'grey'; readonly id: GreyAreaId };

export interface Rule {
  /** Permanent rule id; its reason text is the message `assessment.rules.<id>`. */
  readonly id: string;
  readonly when: Condition;
  readonly produces: Produces;
  readonly confidence: Confidence;
  readonly citations: readonly Citation[];
}

/** Why an outcome appears: the rule that fired and the answers it read. */
export interface Reason {
  readonly ruleId: string;
  /** Ids of the questions whose answers the rule's condition read, in question order. */
  readonly questions: readonly string[];
  readonly confidence: Confidence;
  readonly citations: readonly Citation[];
}

export interface ObligationOutcome {
  readonly id: ObligationId;
  readonly subItems: readonly B25Item[];
  readonly codes: readonly OtherVatsCode[];
  readonly because: readonly Reason[];
}

export interface Outcome<Id extends string> {
  readonly id: Id;
  readonly because: readonly Reason[];
}

export interface Classification {
  readonly version: string;
  readonly obligations: readonly ObligationOutcome[];
  readonly notNeeded: readonly Outcome<ObligationId>[];
  readonly findings: readonly Outcome<FindingId>[];
  readonly greyAreas: readonly Outcome<GreyAreaId>[];
  /** Ids of next steps; copy is the message `assessment.nextSteps.<id>`. */
  readonly nextSteps: readonly string[];
}

/** When a next step applies: read from the classification's outcomes (or, rarely, an answer). */
export type NextStepWhen =
  | { readonly always: true }
  | { readonly anyObligation: readonly ObligationId[] }
  | { readonly anyFinding: readonly FindingId[] }
  | { readonly anyGrey: readonly GreyAreaId[] }
  | { readonly answers: Condition };

export interface NextStep {
  /** Permanent id; its copy is the message `assessment.nextSteps.<id>`. */
  readonly id: string;
  readonly when: NextStepWhen;
}
