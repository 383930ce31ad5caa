import type { Plan } from '@/lib/assessment/plan';
import { dayOf, readDay, type Day } from './due-dates';

/**
 * How long the steps with a duration take, as the permit packs give it (content/<locale>/packs.yaml), in calendar days
 * at most: each with whether it is the statutory limit or what practice reports, and the source the pack cites.
 */
export const DURATIONS = {
  /** The filing: the access provider's check (about 1–2 working days) and the provincial review (up to about 20): 22 working days. */
  filing: { days: 31, basis: 'practice', sources: ['aliyun-filing-summary', 'tencent-filing-scope'] },
  /** The licence: acceptance within about 5 working days, then a decision within 60 days (Order 292 Art 7; Order 42). */
  licence: { days: 67, basis: 'statutory', sources: ['order-292', 'order-42'] },
  /** The licence in agencies' practice: about 1–3 months, longer for MIIT and foreign-invested files. */
  licencePractice: { days: 92, basis: 'practice', sources: [] },
  /** The public-security filing: within 30 days of going live (MPS Order 33 Art 12). */
  psb: { days: 30, basis: 'statutory', sources: ['mps-order-33'] },
} as const;

/** The target dates a visitor may give: going live, and taking payment (which needs the licence granted). */
export interface Targets {
  readonly live?: Day;
  readonly paid?: Day;
}

/** One dated milestone of a plan; `by` is the last day it can happen for the targets to be met. */
export interface Milestone {
  readonly id: 'start-filing' | 'go-live' | 'apply-licence' | 'apply-licence-practice' | 'licence-granted' | 'psb-filing';
  readonly by: Day;
}

/** Why the targets cannot be met as given. */
export type TimelineProblem =
  | { readonly id: 'live-after-application'; readonly latest: Day }
  | { readonly id: 'filing-passed'; readonly start: Day }
  | { readonly id: 'licence-passed'; readonly start: Day };

export interface Timeline {
  readonly targets: Targets;
  readonly milestones: readonly Milestone[];
  readonly problems: readonly TimelineProblem[];
}

const addDays = (day: Day, n: number): Day => dayOf(new Date(readDay(day)!.getTime() + n * 86_400_000));
const earlier = (a: Day, b: Day): Day => (a < b ? a : b);

/** The targets as given in a query: real dates only (an empty or unreadable field is no target). */
export function readTargets(live: string | undefined, paid: string | undefined): Targets {
  const day = (value: string | undefined) => (readDay(value) ? value! : undefined);
  return { ...(day(live) && { live: day(live) }), ...(day(paid) && { paid: day(paid) }) };
}

/**
 * The plan dated backwards from the targets: the service goes live, filed, before the licence is applied for, and takes
 * payment only once the licence is granted; with the durations of `DURATIONS`. Says when a target cannot be met.
 * Without a target, no milestone (the page shows the durations instead).
 */
export function timelineOf(plan: Plan, targets: Targets, today: Day): Timeline {
  const steps = new Set(plan.stages.flatMap((s) => s.steps.map((x) => x.id)));
  const files = steps.has('file-icp') || steps.has('file-app');
  const licensed = steps.has('apply-telecom-licences');
  const milestones: Milestone[] = [];
  const problems: TimelineProblem[] = [];
  let live = targets.live;
  if (licensed && targets.paid) {
    const apply = addDays(targets.paid, -DURATIONS.licence.days);
    milestones.push({ id: 'licence-granted', by: targets.paid });
    milestones.push({ id: 'apply-licence', by: apply });
    milestones.push({ id: 'apply-licence-practice', by: addDays(targets.paid, -DURATIONS.licencePractice.days) });
    if (live && live > apply) problems.push({ id: 'live-after-application', latest: apply });
    live = live ? earlier(live, apply) : apply;
    if (apply < today) problems.push({ id: 'licence-passed', start: apply });
  }
  if (live) {
    milestones.push({ id: 'go-live', by: live });
    if (files) {
      const start = addDays(live, -DURATIONS.filing.days);
      milestones.push({ id: 'start-filing', by: start });
      if (start < today) problems.push({ id: 'filing-passed', start });
    }
    if (steps.has('file-psb')) milestones.push({ id: 'psb-filing', by: addDays(live, DURATIONS.psb.days) });
  }
  milestones.sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  return { targets, milestones, problems };
}
