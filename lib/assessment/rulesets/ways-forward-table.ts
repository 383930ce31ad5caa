import type { Answers } from '../types';

/** Every way forward any version offers, in no particular order. Ids are permanent: copy is `result.ways.<id>.*`. */
export const WAY_FORWARD_IDS = [
  'share-at-cap',
  'pilot-zone-company',
  'domestic-partner',
  'own-company',
  'drop-closed-feature',
  'free-service',
  'serve-offshore',
] as const;
export type WayForwardId = (typeof WAY_FORWARD_IDS)[number];

/** One way forward of a ruleset version: the answers it changes, or null where it does not apply to these answers. */
export interface WayForwardDef {
  readonly id: WayForwardId;
  /** The guide that explains it; the section anchor is the message `result.ways.<id>.anchor` (headings differ by language). */
  readonly guide: string;
  readonly change: (answers: Answers) => Answers | null;
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
