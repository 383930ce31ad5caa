import { PRE_APPROVAL_OBLIGATIONS } from './next-steps';
import type { Answers, Classification, FindingId, GreyAreaId, ObligationId } from './types';
import { resultVerdict } from './verdict';

/** The stages of the plan, in order. Ids are permanent: copy is `plan.stages.<id>`. */
export const PLAN_STAGES = ['decide', 'prepare', 'apply', 'launch', 'first-30-days', 'yearly'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

/** A day of the year. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/**
 * When a dated duty falls due: a number of days after launch; every year after the year the licence was granted, in a
 * window that closes on `due`; or a number of days before the licence expires. lib/calendar/due-dates.ts dates them.
 */
export type Schedule =
  | { readonly kind: 'after-launch'; readonly days: number }
  | { readonly kind: 'yearly-after-grant'; readonly opens: MonthDay; readonly due: MonthDay }
  | { readonly kind: 'before-expiry'; readonly validYears: number; readonly daysBefore: number };

type When =
  | { readonly verdict: 'blocked' }
  | { readonly anyObligation: readonly ObligationId[] }
  | { readonly anyFinding: readonly FindingId[] }
  | { readonly anyGrey: readonly GreyAreaId[] }
  | { readonly answer: string; readonly is: string };

export interface PlanStepDef {
  /** Permanent id; copy is `plan.steps.<id>`. */
  readonly id: string;
  readonly stage: PlanStage;
  readonly when: When;
  readonly schedule?: Schedule;
}

const LICENCES = ['icp-licence', 'edi-licence', 'sp-licence', 'vats-other'] as const satisfies readonly ObligationId[];
const FILINGS = ['icp-filing', 'app-filing'] as const satisfies readonly ObligationId[];

/**
 * Every step the plan can hold, in order within its stage. Sources: icp-brief §3.4–§3.5 (licence documents, 60-day
 * limit, annual report in Q1 under Order 42 Art 35, 5-year validity, renewal 90 days before expiry), §4.1–§4.2
 * (filing through the access provider, number at the foot of the home page), §4.3 (public-security filing within
 * 30 days of going live), §4.4 (app filing).
 */
export const PLAN_STEPS = [
  { id: 'choose-way-forward', stage: 'decide', when: { verdict: 'blocked' } },
  { id: 'decide-hosting', stage: 'decide', when: { answer: 'hosting', is: 'undecided' } },
  {
    id: 'confirm-grey-areas',
    stage: 'decide',
    when: { anyGrey: ['self-operated-shop', 'advertising-income', 'saas-classification', 'cross-regional-trigger'] },
  },
  { id: 'platform-only-duties', stage: 'prepare', when: { anyFinding: ['platform-only'] } },
  { id: 'cepa-certification', stage: 'prepare', when: { anyFinding: ['cepa-route'] } },
  { id: 'sector-pre-approval', stage: 'prepare', when: { anyObligation: PRE_APPROVAL_OBLIGATIONS } },
  { id: 'check-registered-capital', stage: 'prepare', when: { anyFinding: ['capital-threshold'] } },
  { id: 'prepare-filing', stage: 'prepare', when: { anyObligation: FILINGS } },
  { id: 'prepare-licence', stage: 'prepare', when: { anyObligation: LICENCES } },
  { id: 'file-icp', stage: 'apply', when: { anyObligation: ['icp-filing'] } },
  { id: 'file-app', stage: 'apply', when: { anyObligation: ['app-filing'] } },
  // The service is live on mainland servers, filed, before the licence is applied for (§3.1, agencies' practice [M]).
  { id: 'live-before-licence', stage: 'apply', when: { anyObligation: LICENCES } },
  { id: 'apply-for-pilot-approval', stage: 'apply', when: { anyFinding: ['pilot-zone-route'] } },
  { id: 'apply-telecom-licences', stage: 'apply', when: { anyObligation: LICENCES } },
  // No payment for the service until the licence is granted: a commercial service without it is fined (Order 292 Art 19).
  { id: 'no-payment-before-licence', stage: 'apply', when: { anyObligation: LICENCES } },
  { id: 'publish-through-licensed-publisher', stage: 'apply', when: { anyObligation: ['game-approval'] } },
  { id: 'genai-filing-and-labelling', stage: 'apply', when: { anyObligation: ['genai-filing'] } },
  { id: 'use-licensed-payment-provider', stage: 'apply', when: { anyObligation: ['payment-licence'] } },
  { id: 'offshore-practicalities', stage: 'launch', when: { anyFinding: ['offshore-hosting'] } },
  { id: 'display-filing-number', stage: 'launch', when: { anyObligation: FILINGS } },
  { id: 'display-licence-number', stage: 'launch', when: { anyObligation: LICENCES } },
  // Practice varies on whether the filing record is updated to the licence (§12.9 [L]): said as practice, not a rule.
  { id: 'licence-on-filing-record', stage: 'launch', when: { anyObligation: LICENCES } },
  { id: 'security-assessment', stage: 'launch', when: { anyObligation: ['security-assessment'] } },
  { id: 'file-psb', stage: 'first-30-days', when: { anyObligation: ['psb-filing'] }, schedule: { kind: 'after-launch', days: 30 } },
  {
    id: 'licence-annual-report',
    stage: 'yearly',
    when: { anyObligation: LICENCES },
    schedule: { kind: 'yearly-after-grant', opens: { month: 1, day: 1 }, due: { month: 3, day: 31 } },
  },
  {
    id: 'renew-licence',
    stage: 'yearly',
    when: { anyObligation: LICENCES },
    schedule: { kind: 'before-expiry', validYears: 5, daysBefore: 90 },
  },
  { id: 'report-licence-changes', stage: 'yearly', when: { anyObligation: LICENCES } },
  { id: 'keep-filing-current', stage: 'yearly', when: { anyObligation: FILINGS } },
] as const satisfies readonly PlanStepDef[];

export type PlanStepId = (typeof PLAN_STEPS)[number]['id'];

export interface PlanStep {
  readonly id: PlanStepId;
  readonly stage: PlanStage;
  readonly schedule?: Schedule;
}

export interface Plan {
  readonly stages: readonly { readonly id: PlanStage; readonly steps: readonly PlanStep[] }[];
  /** True when the result is blocked: the plan stops at the decision, and each way forward has its own. */
  readonly stopsAtDecision: boolean;
}

function holds(when: When, c: Classification, answers: Answers, blocked: boolean): boolean {
  if ('verdict' in when) return blocked;
  if ('anyObligation' in when) return c.obligations.some((o) => (when.anyObligation as readonly string[]).includes(o.id));
  if ('anyFinding' in when) return c.findings.some((f) => (when.anyFinding as readonly string[]).includes(f.id));
  if ('anyGrey' in when) return c.greyAreas.some((g) => (when.anyGrey as readonly string[]).includes(g.id));
  return answers[when.answer] === when.is;
}

/**
 * The result's next steps as one plan in order: decide → prepare → apply → at launch → within 30 days → every year,
 * holding only the steps that apply to it. A blocked result cannot follow the rest until a way forward is chosen:
 * its plan is the decision alone (nothing about a licence it cannot hold).
 */
export function planOf(c: Classification, answers: Answers): Plan {
  const blocked = resultVerdict(answers, c).id === 'blocked';
  const steps = (PLAN_STEPS as readonly PlanStepDef[]).filter(
    (s) => (!blocked || s.stage === 'decide') && holds(s.when, c, answers, blocked),
  );
  return {
    stages: PLAN_STAGES.map((id) => ({
      id,
      steps: steps
        .filter((s) => s.stage === id)
        .map((s) => ({ id: s.id as PlanStepId, stage: s.stage, ...(s.schedule && { schedule: s.schedule }) })),
    })).filter((stage) => stage.steps.length > 0),
    stopsAtDecision: blocked,
  };
}

/** The plan's steps that fall on a date (the calendar's events). */
export function datedSteps(plan: Plan): readonly (PlanStep & { schedule: Schedule })[] {
  return plan.stages.flatMap((s) => s.steps).filter((s): s is PlanStep & { schedule: Schedule } => s.schedule !== undefined);
}
