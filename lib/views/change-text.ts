import type { ChangeItem, ChangedItem } from '@/lib/assessment/compare';
import type { Translator } from '@/lib/i18n/plain-translator';

/**
 * The words of a list of changes between two results (what the rules added, dropped or changed), the same on the
 * result page's banner (components/result/change-list.tsx) and in the alerts' e-mails (lib/watch/mail/parts.ts).
 */

/** The reader's name of an outcome in a list of changes. */
export function changeLabel(t: Translator, item: ChangeItem): string {
  const name =
    item.kind === 'finding'
      ? t(`assessment.findings.${item.id}.label`)
      : item.kind === 'grey'
        ? t(`assessment.greyAreas.${item.id}.label`)
        : t(`assessment.obligations.${item.id}.label`);
  return t(`ruleChanges.kinds.${item.kind}`, { name });
}

/** What changed within an item that stays: sub-items and codes added or dropped, and its confidence. */
export function changeDetails(t: Translator, item: ChangedItem): string[] {
  const list = (ids: readonly string[], prefix: string) => ids.map((id) => t(`assessment.${prefix}.${id}`)).join(t('wizard.listSeparator'));
  const out: string[] = [];
  if (item.subItemsAdded.length > 0) out.push(t('ruleChanges.adds', { items: list(item.subItemsAdded, 'subItems') }));
  if (item.codesAdded.length > 0) out.push(t('ruleChanges.adds', { items: list(item.codesAdded, 'codes') }));
  if (item.subItemsRemoved.length > 0) out.push(t('ruleChanges.drops', { items: list(item.subItemsRemoved, 'subItems') }));
  if (item.codesRemoved.length > 0) out.push(t('ruleChanges.drops', { items: list(item.codesRemoved, 'codes') }));
  if (item.confidence)
    out.push(
      t('ruleChanges.confidence', {
        from: t(`result.confidence.${item.confidence.from}`),
        to: t(`result.confidence.${item.confidence.to}`),
      }),
    );
  return out;
}
