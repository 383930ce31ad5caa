import type { OutcomeRef } from '@/lib/assessment/what-if';

type Translate = (key: string, values?: Record<string, string>) => string;

const LABEL_KEY: Record<OutcomeRef['kind'], (id: string) => string> = {
  obligation: (id) => `assessment.obligations.${id}.label`,
  subItem: (id) => `assessment.subItems.${id}`,
  code: (id) => `assessment.codes.${id}`,
  finding: (id) => `assessment.findings.${id}.label`,
  grey: (id) => `assessment.greyAreas.${id}.label`,
};

/** An outcome as a reader names it, with its kind where the label alone would not say it. */
export function outcomeLabel(t: Translate, ref: OutcomeRef): string {
  return t(`explore.outcomes.${ref.kind}`, { label: t(LABEL_KEY[ref.kind](ref.id)) });
}
