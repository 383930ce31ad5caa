import type { getTranslations } from '@/lib/i18n/translator';
import type { ChangeItem, ChangedItem, Changes } from '@/lib/assessment/compare';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** The reader's name of an outcome in a list of changes. */
function label(t: Translate, item: ChangeItem): string {
  const name =
    item.kind === 'finding'
      ? t(`assessment.findings.${item.id}.label`)
      : item.kind === 'grey'
        ? t(`assessment.greyAreas.${item.id}.label`)
        : t(`assessment.obligations.${item.id}.label`);
  return t(`ruleChanges.kinds.${item.kind}`, { name });
}

function details(t: Translate, item: ChangedItem): string[] {
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

/** What would be added, would no longer apply, or would change, item by item. */
export function ChangeList({ t, changes }: { t: Translate; changes: Changes }) {
  const groups = [
    ['added', changes.added.map((i) => label(t, i))],
    ['removed', changes.removed.map((i) => label(t, i))],
    [
      'changed',
      changes.changed.map((i) =>
        t('ruleChanges.changedItem', { name: label(t, i), details: details(t, i).join(t('wizard.listSeparator')) }),
      ),
    ],
  ] as const;
  return (
    <dl className="mt-2 space-y-2">
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([key, items]) => (
          <div key={key}>
            <dt className="font-medium text-slate-900">{t(`ruleChanges.${key}`)}</dt>
            <dd>
              <ul className="list-disc pl-5 text-slate-800">
                {items.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
    </dl>
  );
}
