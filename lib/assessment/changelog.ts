import { RULESETS } from './rulesets';

/**
 * The public changelog of the rules (/<locale>/changelog): for each version, the message keys of what changed,
 * in words, under `ruleChanges.changelog.entries.v<N>.<item>` in common.json. Add an entry with every new
 * version (a test checks every version has one and every key has copy in each locale).
 */
export const CHANGELOG_ITEMS: Readonly<Record<string, readonly string[]>> = {
  '1': ['first'],
  '2': [
    'revenue',
    'infrastructure',
    'platforms',
    'webDesign',
    'confidence',
    'regions',
    'offshore',
    'sponsors',
    'foreign',
    'pilot',
    'misread',
    'appPages',
    'notSure',
  ],
  '3': [
    'activity',
    'commissions',
    'b21',
    'infrastructure',
    'holders',
    'reserved',
    'verdict',
    'location',
    'operations',
    'cepa',
    'setups',
    'security',
    'conferencing',
    'wording',
  ],
};

export interface ChangelogEntry {
  readonly version: string;
  readonly released: string;
  /** The anchor of the entry on the changelog page, e.g. `v2`: result pages link to it. */
  readonly anchor: string;
  readonly current: boolean;
  /** Message keys, each one change in words. */
  readonly items: readonly string[];
}

/** Newest first. */
export function changelog(): ChangelogEntry[] {
  return RULESETS.map((r, i) => ({
    version: r.version,
    released: r.released,
    anchor: changelogAnchor(r.version),
    current: i === RULESETS.length - 1,
    items: (CHANGELOG_ITEMS[r.version] ?? []).map((item) => `ruleChanges.changelog.entries.v${r.version}.${item}`),
  })).reverse();
}

export function changelogAnchor(version: string): string {
  return `v${version}`;
}
