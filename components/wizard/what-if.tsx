import { getTranslations } from '@/lib/i18n/translator';
import { CURRENT_RULESET, rulesetFor, type Answers, type Question } from '@/lib/assessment';
import {
  whatIfEngine,
  whatIfs,
  weight,
  type AnswerChange,
  type OutcomeDiff,
  type WhatIfGroup,
  type WhatIfLine,
} from '@/lib/assessment/what-if';
import type { Locale } from '@/lib/i18n/routing';
import { compareHref } from '@/lib/wizard/compare';
import { resultPath } from '@/lib/wizard/urls';
import { localePath } from '@/lib/i18n/paths';
import { resultCode } from '@/lib/wizard/result-link';
import { resultFeedPath } from '@/lib/explore/feed-path';
import { formatAnswer } from './format-answer';
import { outcomeLabel } from './outcome-label';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Lines shown open; the rest are one tap away (none open: the result page must stay short on a phone, issue 12). */
const OPEN_LINES = 0;

export interface WhatIfSectionProps {
  locale: Locale;
  answers: Answers;
  /** The result's own code: the first column of "compare with another option". */
  code: string;
  /** The ruleset version the result was made under: the what-ifs are worked out under the same rules. */
  version: string;
}

/** What the lines need: the translator, the link of an answer set, and the questions of the result's own ruleset. */
interface Ctx {
  readonly t: Translate;
  readonly href: (answers: Answers) => string;
  readonly questionOf: (id: string) => Question | undefined;
}

function optionLabel({ t, questionOf }: Ctx, change: AnswerChange): string {
  const question = questionOf(change.question);
  if (!question) return change.option;
  return question.kind === 'yesno'
    ? t(change.option === 'yes' ? 'wizard.yes' : 'wizard.no')
    : t(`assessment.questions.${question.id}.options.${change.option}.label`);
}

function changeText(ctx: Ctx, change: AnswerChange): string {
  return ctx.t('wizard.questionWithAnswer', {
    question: ctx.t(`assessment.questions.${change.question}.title`),
    answer: optionLabel(ctx, change),
  });
}

function effects(t: Translate, diff: OutcomeDiff): string {
  const sep = t('wizard.listSeparator');
  const items = t('explore.whatIf.itemSeparator');
  const parts: string[] = [];
  if (diff.verdict) parts.push(t('explore.whatIf.verdict', { verdict: t(`explore.verdicts.${diff.verdict.to}`) }));
  if (diff.added.length > 0) parts.push(t('explore.whatIf.adds', { items: diff.added.map((r) => outcomeLabel(t, r)).join(items) }));
  if (diff.removed.length > 0) parts.push(t('explore.whatIf.drops', { items: diff.removed.map((r) => outcomeLabel(t, r)).join(items) }));
  return parts.join(sep);
}

function Line({ ctx, line }: { ctx: Ctx; line: WhatIfLine }) {
  const { t, href } = ctx;
  return (
    <li>
      {t(`explore.whatIf.${line.action}`)}{' '}
      {line.variants.map((v, i) => {
        const [first, ...more] = v.changes;
        return (
          <span key={i}>
            {i > 0 && t('explore.whatIf.or')}
            <a href={href(v.answers)} className="text-brand-800 underline">
              “{optionLabel(ctx, first!)}”
            </a>
            {more.length > 0 &&
              t('explore.whatIf.together', { changes: more.map((c) => changeText(ctx, c)).join(t('wizard.listSeparator')) })}
          </span>
        );
      })}
      {t('explore.colon')}
      {effects(t, line.diff)}
    </li>
  );
}

function Groups({ ctx, answers, groups }: { ctx: Ctx; answers: Answers; groups: WhatIfGroup[] }) {
  const { t, questionOf } = ctx;
  return groups.map((group) => {
    const question = questionOf(group.question)!;
    return (
      <div key={group.question} className="mt-4">
        <h3 className="font-semibold text-slate-900">
          {t(`assessment.questions.${group.question}.title`)}{' '}
          <span className="font-normal text-slate-600">
            ({t('explore.whatIf.yourAnswer', { answer: formatAnswer(t, question, answers[group.question]!) })})
          </span>
        </h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-800">
          {group.lines.map((line, i) => (
            <Line key={i} ctx={ctx} line={line} />
          ))}
        </ul>
      </div>
    );
  });
}

/** The weightiest lines open (grouped by answer, in question order), the others in the same groups behind one tap. */
function split(groups: WhatIfGroup[]): [WhatIfGroup[], WhatIfGroup[]] {
  const ranked = groups.flatMap((g) => g.lines).sort((a, b) => weight(b) - weight(a));
  const open = new Set(ranked.slice(0, OPEN_LINES));
  const pick = (keep: boolean) =>
    groups.map((g) => ({ ...g, lines: g.lines.filter((l) => open.has(l) === keep) })).filter((g) => g.lines.length > 0);
  return [pick(true), pick(false)];
}

/** What would change the result: computed what-ifs, each linking to its own result, and a way to compare them. */
export async function WhatIfSection({ locale, answers, code, version }: WhatIfSectionProps) {
  const t = await getTranslations({ locale });
  const ruleset = rulesetFor(version) ?? CURRENT_RULESET;
  const href = (a: Answers) => localePath(locale, resultPath(resultCode(a, ruleset)));
  const ctx: Ctx = { t, href, questionOf: (id) => ruleset.questions.find((q) => q.id === id) };
  const groups = whatIfs(answers, whatIfEngine(ruleset));
  const [open, closed] = split(groups);
  const closedCount = closed.reduce((n, g) => n + g.lines.length, 0);
  // The verdict-changing what-ifs first: the options most worth comparing.
  const options = groups
    .flatMap((g) => g.lines)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 3)
    .map((l) => l.variants[0]!.answers);
  return (
    <section aria-labelledby="what-if" className="no-print mt-10">
      <h2 id="what-if" className="text-2xl font-semibold text-slate-900">
        {t('explore.whatIf.title')}
      </h2>
      <p className="mt-2 text-slate-700">{groups.length > 0 ? t('explore.whatIf.lead') : t('explore.whatIf.none')}</p>
      <Groups ctx={ctx} answers={answers} groups={open} />
      {closedCount > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer font-semibold text-brand-800">
            {t(open.length > 0 ? 'explore.whatIf.more' : 'explore.whatIf.show', { count: closedCount })}
          </summary>
          <Groups ctx={ctx} answers={answers} groups={closed} />
        </details>
      )}
      <p className="mt-2">
        <a href={resultFeedPath(locale, code)} type="application/atom+xml" className="text-brand-800 underline">
          {t('explore.feed.subscribe')}
        </a>
      </p>
      {options.length > 0 && (
        <p className="mt-4">
          <a
            href={compareHref(locale, [code, ...options.map((a) => resultCode(a, ruleset))])}
            className="font-semibold text-brand-800 underline"
          >
            {t('explore.whatIf.compare')}
          </a>
        </p>
      )}
    </section>
  );
}
