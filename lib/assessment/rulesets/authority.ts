import type { Confidence } from '../types';

/** Who decides an application, and on what footing: the message `decision.authority.<basis>` says it in words. */
export interface AuthorityNote {
  readonly basis: 'provincial' | 'provincial-unknown' | 'provincial-or-miit' | 'miit-cross-regional' | 'miit-foreign' | 'miit-pilot';
  /** The option id of the province (question `location`), where the answers name one. */
  readonly province?: string;
  /** The confidence of icp-brief.md for that footing. */
  readonly confidence: Confidence;
}

/** Who decides this result's telecom licences and its filings (a ruleset version that knows where the company is). */
export interface Authorities {
  readonly licence?: AuthorityNote;
  readonly filing?: AuthorityNote;
}
