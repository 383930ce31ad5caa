import { getTranslations } from 'next-intl/server';
import type { Answers } from '@/lib/assessment';
import type { AnswerChange, OutcomeDiff, WhatIfLine } from '@/lib/assessment/what-if';
import type { Locale } from '@/lib/i18n/routing';
import type { WhatIfView } from '@/lib/views/what-if-view';
import { formatAnswer } from '@/components/questionnaire/format-answer';
import { outcomeLabel } from './outcome-label';
import { verdictLabel } from '@/lib/views/verdict-text';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function optionLabel(t: Translate, view: WhatIfView, change: AnswerChange): string {
  const question = view.questionOf(change.question);
  if (!question) return change.option;
  return question.kind === 'yesno'
    ? t(change.option === 'yes' ? 'wizard.yes' : 'wizard.no')
    : t(`assessment.questions.${question.id}.options.${change.option}.label`);
}

function effects(t: Translate, diff: OutcomeDiff): string {
  const items = (refs: OutcomeDiff['added']) => refs.map((r) => outcomeLabel(t, r)).join(t('explore.whatIf.itemSeparator'));
  return [
    diff.verdict && t('explore.whatIf.verdict', { verdict: verdictLabel(t, diff.verdict.to) }),
    diff.added.length > 0 && t('explore.whatIf.adds', { items: items(diff.added) }),
    diff.removed.length > 0 && t('explore.whatIf.drops', { items: items(diff.removed) }),
  ]
    .filter(Boolean)
    .join(t('wizard.listSeparator'));
}

/** One line, written from one template per language: "If it were “X” (together with …): the result becomes …". */
function Line({ t, view, line }: { t: Translate; view: WhatIfView; line: WhatIfLine }) {
  const together = (changes: readonly AnswerChange[]) =>
    changes.length === 0
      ? ''
      : t('explore.whatIf.together', {
          changes: changes
            .map((c) =>
              t('wizard.questionWithAnswer', { question: t(`assessment.questions.${c.question}.title`), answer: optionLabel(t, view, c) }),
            )
            .join(t('wizard.listSeparator')),
        });
  const options = line.variants.map((v, i) => (
    <span key={i}>
      {i > 0 && t('explore.whatIf.or')}
      <a href={view.href(v.answers)} className="text-link">
        {t('explore.whatIf.option', { label: optionLabel(t, view, v.changes[0]!) })}
      </a>
      {together(v.changes.slice(1))}
    </span>
  ));
  return <li>{t.rich('explore.whatIf.line', { action: line.action, options: () => options, effects: effects(t, line.diff) })}</li>;
}

export interface WhatIfListProps {
  locale: Locale;
  answers: Answers;
  view: WhatIfView;
  /** The heading level of each answer's group. */
  level?: 'h2' | 'h3';
}

/** The what-ifs of a view, grouped by the answer they change. */
export async function WhatIfList({ locale, answers, view, level = 'h3' }: WhatIfListProps) {
  const t = await getTranslations({ locale });
  const H = level;
  return view.groups.map((group) => {
    const question = view.questionOf(group.question)!;
    return (
      <div key={group.question} className="mt-4">
        <H className="font-semibold">
          {t.rich('explore.whatIf.groupTitle', {
            question: t(`assessment.questions.${group.question}.title`),
            answer: formatAnswer(t, question, answers[group.question]!),
            mute: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
          })}
        </H>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {group.lines.map((line, i) => (
            <Line key={i} t={t} view={view} line={line} />
          ))}
        </ul>
      </div>
    );
  });
}

export interface WhatIfSectionProps {
  locale: Locale;
  answers: Answers;
  view: WhatIfView;
}

/** In the printout: every what-if, each linking to its own result (its address is in the printout's QR code). */
export async function WhatIfSection({ locale, answers, view }: WhatIfSectionProps) {
  const t = await getTranslations({ locale });
  return (
    <section aria-labelledby="what-if" className="mt-10">
      <h2 id="what-if" className="text-2xl font-semibold">
        {t('explore.whatIf.title')}
      </h2>
      <p className="mt-2 text-slate-700">{view.total === 0 ? t('explore.whatIf.none') : t('explore.whatIf.lead')}</p>
      <WhatIfList locale={locale} answers={answers} view={view} />
    </section>
  );
}

/**
 * On the result page: what the what-ifs are and a link to them on their own page (cached by its address), where
 * each opens its own result and the weightiest are compared side by side; and the feed of the result's rule changes.
 */
export function WhatIfLinks({
  t,
  whatIfsHref,
  feedHref,
  blocked,
}: {
  t: Translate;
  whatIfsHref: string;
  feedHref: string;
  blocked: boolean;
}) {
  return (
    <section aria-labelledby="what-if" className="mt-10">
      <h2 id="what-if" className="text-2xl font-semibold">
        {t('explore.whatIf.title')}
      </h2>
      <p className="mt-2 text-slate-700">{t(blocked ? 'explore.whatIf.linkLeadBlocked' : 'explore.whatIf.linkLead')}</p>
      <p className="no-print mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <a href={whatIfsHref} className="text-link font-semibold">
          {t('explore.whatIf.open')}
        </a>
        <a href={feedHref} type="application/atom+xml" className="text-link">
          {t('explore.feed.subscribe')}
        </a>
      </p>
    </section>
  );
}
