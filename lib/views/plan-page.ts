import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/seo';
import { classify, PRE_APPROVAL_OBLIGATIONS, rulesetFor, type Classification, type ObligationId } from '@/lib/assessment';
import { packFor, type Pack } from '@/lib/content/packs';
import { planOf, type Plan } from '@/lib/assessment/plan';
import { STRUCTURE_STEPS, type StructureStep } from '@/lib/assessment/structure-steps';
import { judge, type VerdictId } from '@/lib/assessment/verdict';
import { waysForward, type WayForward } from '@/lib/assessment/ways-forward';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { dayOf } from '@/lib/calendar/due-dates';
import { readTargets, timelineOf, type Timeline } from '@/lib/calendar/plan-dates';
import { resolveResultCode, type ResultView } from './result';
import { resultHref, resultPath } from '@/lib/addresses/urls';

type Params = Promise<{ locale: string; code: string }>;

/** The plan page's query: the way forward's name and the two target dates, each a single string or absent. */
export function readPlanQuery(query: Record<string, string | string[] | undefined>): { way?: string; live?: string; paid?: string } {
  const one = (key: string) => {
    const value = query[key];
    return typeof value === 'string' && value.length <= 200 ? value : undefined;
  };
  return { way: one('way'), live: one('live'), paid: one('paid') };
}

/** The plan page's metadata: its own address, not for search engines. */
export async function planPageMetadata(params: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { code } = await params;
  const t = await getTranslations({ locale });
  return pageMetadata({
    locale,
    path: `${resultPath(code)}/plan`,
    title: t('decision.planPage.title'),
    description: t('decision.planPage.lead'),
    siteName: t('meta.siteName'),
    noindex: true,
  });
}

/** A way forward's name in a plan address: its id, and the feature it takes out where it takes one out. */
export function waySlug(way: Pick<WayForward, 'id' | 'feature'>): string {
  return way.feature ? `${way.id}.${way.feature.question}.${way.feature.option}` : way.id;
}

/** The plan page of a result: `/<locale>/result/<code>/plan`, with `?way=<slug>` for a way forward's plan. */
export function planHref(locale: Locale, code: string, way?: Pick<WayForward, 'id' | 'feature'>): string {
  const base = `${localePath(locale, resultPath(code))}/plan`;
  return way ? `${base}?way=${encodeURIComponent(waySlug(way))}` : base;
}

/** The obligations whose permit packs say how long a plan step takes (the packs' time limits and practice). */
function obligationsOfStep(step: string, c: Classification): readonly ObligationId[] {
  const needed = c.obligations.map((o) => o.id);
  const among = (ids: readonly ObligationId[]) => ids.filter((id) => needed.includes(id));
  switch (step) {
    case 'file-icp':
      return among(['icp-filing']);
    case 'file-app':
      return among(['app-filing']);
    case 'apply-telecom-licences':
      return among(['icp-licence', 'edi-licence', 'sp-licence', 'vats-other']);
    case 'file-psb':
      return among(['psb-filing']);
    case 'sector-pre-approval':
      return among(PRE_APPROVAL_OBLIGATIONS);
    case 'security-assessment':
      return among(['security-assessment']);
    case 'genai-filing-and-labelling':
      return among(['genai-filing']);
    case 'publish-through-licensed-publisher':
      return among(['game-approval']);
    default:
      return [];
  }
}

export interface PlanPageView {
  readonly kind: 'plan';
  readonly result: ResultView;
  /** The way forward whose plan this is, or null for the result's own plan. */
  readonly way: WayForward | null;
  /** The address named a way forward this result does not have: the page shows the result's own plan and says so. */
  readonly unknownWay: boolean;
  /** The way's structure steps, before its applications (none for the result's own plan). */
  readonly structure: readonly StructureStep[];
  readonly verdict: VerdictId;
  readonly plan: Plan;
  readonly timeline: Timeline;
  /** The result the plan is for: the result itself, or the way forward's own result. */
  readonly planResultHref: string;
  /** The page's own address without dates (the form's action). */
  readonly action: string;
  /** For each step with a permit behind it, the packs that say how long it takes (time limit and practice, with sources). */
  readonly durations: Readonly<Record<string, readonly Pack[]>>;
  /** The money the rules ask for: the obligations' packs (fees and registered capital, as the sources give them). */
  readonly money: readonly Pack[];
  readonly capital: boolean;
}

/**
 * What a plan page shows: the result's plan, or a way forward's (its structure's steps, then its applications), dated
 * backwards from the targets given. Null for a code that does not read.
 */
export function planPage(
  locale: Locale,
  code: string,
  query: { way?: string; live?: string; paid?: string },
  today: Date = new Date(),
): PlanPageView | { kind: 'moved'; to: string } | null {
  const result = resolveResultCode(locale, code);
  if (result.kind === 'moved') return { kind: 'moved', to: `${result.to}/plan` };
  if (result.kind !== 'result') return null;
  const ruleset = rulesetFor(result.version);
  // A way this result does not have (an old or edited link) gets the result's own plan, with a line saying so.
  const way = query.way ? (waysForward(result.answers, ruleset).find((w) => waySlug(w) === query.way) ?? null) : null;
  const answers = way?.answers ?? result.answers;
  const classification = way?.classification ?? classify(answers, ruleset);
  const plan = planOf(classification, answers);
  const packs = (ids: readonly ObligationId[]) => ids.flatMap((id) => packFor(locale, id) ?? []);
  const steps = plan.stages.flatMap((s) => s.steps.map((x) => x.id));
  return {
    kind: 'plan',
    result,
    way,
    unknownWay: query.way !== undefined && way === null,
    structure: way ? STRUCTURE_STEPS[way.id] : [],
    verdict: judge(answers, ruleset).id,
    plan,
    timeline: timelineOf(plan, readTargets(query.live, query.paid), dayOf(today)),
    planResultHref: way ? resultHref(locale, way.answers, ruleset) : result.href,
    action: `${localePath(locale, resultPath(code))}/plan`,
    durations: Object.fromEntries(
      steps.flatMap((id) => {
        const found = packs(obligationsOfStep(id, classification));
        return found.length > 0 ? [[id, found] as const] : [];
      }),
    ),
    money: packs(classification.obligations.map((o) => o.id)),
    capital: classification.findings.some((f) => f.id === 'capital-threshold'),
  };
}
