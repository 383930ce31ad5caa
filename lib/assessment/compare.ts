import { outcomeConfidence } from './classify';
import type { B25Item, Classification, Confidence, OtherVatsCode, Reason } from './types';

/** Which list of a classification an item belongs to. */
export type ChangeKind = 'obligation' | 'not-needed' | 'finding' | 'grey';

export interface ChangeItem {
  readonly kind: ChangeKind;
  readonly id: string;
}

/** An item in both classifications that differs: sub-items, codes or confidence. */
export interface ChangedItem extends ChangeItem {
  readonly subItemsAdded: readonly B25Item[];
  readonly subItemsRemoved: readonly B25Item[];
  readonly codesAdded: readonly OtherVatsCode[];
  readonly codesRemoved: readonly OtherVatsCode[];
  /** Set when the outcome's confidence (its weakest deciding rule) differs. */
  readonly confidence?: { readonly from: Confidence; readonly to: Confidence };
}

export interface Changes {
  /** In `to` and not in `from`. */
  readonly added: readonly ChangeItem[];
  /** In `from` and not in `to`. */
  readonly removed: readonly ChangeItem[];
  readonly changed: readonly ChangedItem[];
}

interface Entry {
  readonly subItems: readonly B25Item[];
  readonly codes: readonly OtherVatsCode[];
  readonly because: readonly Reason[];
}

function entries(c: Classification): Map<string, { kind: ChangeKind; id: string; entry: Entry }> {
  const map = new Map<string, { kind: ChangeKind; id: string; entry: Entry }>();
  const add = (kind: ChangeKind, id: string, entry: Entry) => map.set(`${kind}:${id}`, { kind, id, entry });
  for (const o of c.obligations) add('obligation', o.id, o);
  for (const o of c.notNeeded) add('not-needed', o.id, { subItems: [], codes: [], because: o.because });
  for (const o of c.findings) add('finding', o.id, { subItems: [], codes: [], because: o.because });
  for (const o of c.greyAreas) add('grey', o.id, { subItems: [], codes: [], because: o.because });
  return map;
}

const minus = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => !b.includes(x));

/**
 * What differs between two classifications of the same service (for example as issued under an older ruleset
 * and under the current one, or under two answers to one question): items added, removed and changed, in the
 * order of the classifications (obligations, not needed, findings, grey areas). Reasons alone are not a change.
 */
export function compareClassifications(from: Classification, to: Classification): Changes {
  const before = entries(from);
  const after = entries(to);
  const added: ChangeItem[] = [];
  const removed: ChangeItem[] = [];
  const changed: ChangedItem[] = [];
  for (const [key, { kind, id }] of before) if (!after.has(key)) removed.push({ kind, id });
  for (const [key, { kind, id, entry }] of after) {
    const old = before.get(key);
    if (!old) {
      added.push({ kind, id });
      continue;
    }
    const was = outcomeConfidence(old.entry);
    const now = outcomeConfidence(entry);
    const item: ChangedItem = {
      kind,
      id,
      subItemsAdded: minus(entry.subItems, old.entry.subItems),
      subItemsRemoved: minus(old.entry.subItems, entry.subItems),
      codesAdded: minus(entry.codes, old.entry.codes),
      codesRemoved: minus(old.entry.codes, entry.codes),
      ...(was !== now ? { confidence: { from: was, to: now } } : {}),
    };
    if (item.subItemsAdded.length + item.subItemsRemoved.length + item.codesAdded.length + item.codesRemoved.length > 0 || item.confidence)
      changed.push(item);
  }
  return { added, removed, changed };
}

/** True when nothing differs. */
export function noChanges(changes: Changes): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0;
}
