import type { Answers } from '../types';

/** Every way forward any version offers, in no particular order. Ids are permanent: copy is `decision.ways.<id>.*`. */
export const WAY_FORWARD_IDS = [
  'share-at-cap',
  'pilot-zone-company',
  'domestic-partner',
  'own-company',
  'drop-closed-feature',
  'free-service',
  'serve-offshore',
  'drop-feature',
] as const;
export type WayForwardId = (typeof WAY_FORWARD_IDS)[number];

/**
 * What a way forward changes, in the order the result offers them (issue 22): where the company is or one feature
 * first, then who owns it, then how it earns, and serving from offshore last.
 */
export const WAY_FORWARD_KINDS = ['place', 'feature', 'ownership', 'model', 'offshore'] as const;
export type WayForwardKind = (typeof WAY_FORWARD_KINDS)[number];

/** One answer option a way forward takes out: the feature it names. */
export interface Feature {
  readonly question: string;
  readonly option: string;
}

/** One variant of a way forward: the answers it changes, and the feature it takes out where it takes one out. */
export interface WayForwardVariant {
  readonly changes: Answers;
  readonly feature?: Feature;
}

/** One way forward of a ruleset version. */
export interface WayForwardDef {
  readonly id: WayForwardId;
  readonly kind: WayForwardKind;
  /** Marked for the visitor: the way carries risks the site does not assess (serving from offshore). */
  readonly risk?: 'high';
  /** The guide that explains it; the section anchor is the message `decision.ways.<id>.anchor` (headings differ by language). */
  readonly guide: string;
  /** The answers it changes, or null where it does not apply to these answers. */
  readonly change?: (answers: Answers) => Answers | null;
  /** Several variants (one per feature it could take out), where it has them. */
  readonly variants?: (answers: Answers) => readonly WayForwardVariant[];
}

/** A ruleset version's ways forward, in the order the result offers them. */
export interface WayForwardTable {
  readonly ways: readonly WayForwardDef[];
  /**
   * Whether a question the change newly asks is answered "not sure" (and the verdict judged under its readings), or the
   * way is left out (version 2, as issued).
   */
  readonly completesWithNotSure: boolean;
}
