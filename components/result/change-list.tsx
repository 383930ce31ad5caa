import type { getTranslations } from 'next-intl/server';
import type { Changes } from '@/lib/assessment/compare';
import { changeDetails as details, changeLabel as label } from '@/lib/views/change-text';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

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
