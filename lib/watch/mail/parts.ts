import type { ChangedItem, Changes } from '@/lib/assessment/compare';
import type { Verdict } from '@/lib/assessment/verdict';
import type { Translator } from '@/lib/i18n/plain-translator';
import { formatIsoDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import type { ResultChange } from '../change';
import { readingLabel, verdictLabel, verdictWhy, wouldBlockLine } from '@/lib/views/verdict-text';
import { changeDetails, changeLabel as label } from '@/lib/views/change-text';
import type { MailBlock } from './frame';

/** The verdict in words, as the result page's banner says it: its name, why, and what would block it. */
export function verdictBlock(t: Translator, verdict: Verdict): MailBlock {
  const lines = [verdictWhy(t, verdict)];
  for (const block of verdict.wouldBlock ?? []) lines.push(wouldBlockLine(t, verdict, block));
  for (const u of verdict.uncertain ?? []) {
    const readings = u.readings.map((r) => {
      const answer = readingLabel(t, u.question, r.value);
      return r.verdicts.length === 1
        ? t('decision.verdict.unsettled.reading', { answer, verdict: verdictLabel(t, r.verdicts[0]!) })
        : t('decision.verdict.unsettled.readingDepends', { answer });
    });
    const question = t(`assessment.questions.${u.question}.title`);
    lines.push(`${t('decision.verdict.unsettled.uncertain', { question })} ${readings.join(t('decision.listSeparator'))}`);
  }
  return { kind: 'callout', tone: verdict.id, title: verdictLabel(t, verdict.id), lines };
}

// The same words as the banner's list of changes (components/result/change-list.tsx), as lines of text.
const details = (t: Translator, item: ChangedItem) => changeDetails(t, item).join(t('wizard.listSeparator'));

/** What would be added, would no longer apply, or would change: a heading and a list for each that has items. */
export function changeBlocks(t: Translator, changes: Changes): MailBlock[] {
  const groups = [
    ['added', changes.added.map((i) => label(t, i))],
    ['removed', changes.removed.map((i) => label(t, i))],
    ['changed', changes.changed.map((i) => `${label(t, i)}${t('watch.mail.colonSpaced')}${details(t, i)}`)],
  ] as const;
  return groups
    .filter(([, items]) => items.length > 0)
    .flatMap(([key, items]): MailBlock[] => [
      { kind: 'paragraph', text: t(`ruleChanges.${key}`), strong: true },
      { kind: 'list', items },
    ]);
}

/** What a change notice (or a result e-mail of an older version) says changed, with the links on. */
export function changeSection(t: Translator, locale: Locale, siteUrl: string, change: ResultChange, asIssuedHref: string): MailBlock[] {
  const values = { date: formatIsoDate(locale, change.released), version: change.fromVersion, current: change.toVersion };
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: t(change.changes === null ? 'watch.mail.changed.missing' : 'watch.mail.changed.lead', values) },
  ];
  if (change.verdict)
    blocks.push({
      kind: 'callout',
      tone: change.verdict.to,
      title: t('watch.mail.changed.verdict', {
        from: verdictLabel(t, change.verdict.from),
        to: verdictLabel(t, change.verdict.to),
      }),
      lines: [],
    });
  if (change.changes) blocks.push(...changeBlocks(t, change.changes));
  blocks.push(
    {
      kind: 'button',
      label: t(change.currentCode ? 'watch.mail.changed.current' : 'watch.mail.changed.answer'),
      url: `${siteUrl}${change.currentHref}`,
    },
    { kind: 'link', label: t('watch.mail.changed.asIssued'), url: `${siteUrl}${asIssuedHref}` },
    { kind: 'link', label: t('watch.mail.changed.changelog'), url: `${siteUrl}${change.changelogHref}` },
  );
  return blocks;
}

/** The foot of every message to a confirmed subscriber: why it came, and the links that stop it. */
export function subscriberFooter(t: Translator, site: string, address: string, unsubscribeUrl: string, manageUrl: string): MailBlock[] {
  return [
    { kind: 'paragraph', text: t('watch.mail.footer.why', { address, site }) },
    { kind: 'link', label: t('watch.mail.footer.stopOne'), url: unsubscribeUrl },
    { kind: 'link', label: t('watch.mail.footer.manage'), url: manageUrl },
    { kind: 'paragraph', text: t('watch.mail.footer.disclaimer') },
  ];
}
