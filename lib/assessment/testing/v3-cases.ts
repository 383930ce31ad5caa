/** Test helpers for the current ruleset: answer sets completed from a few overrides. Not part of the public API. */
import { expect } from 'vitest';
import { classify } from '../classify';
import { askedQuestions, getQuestion } from '../flow';
import { optionIds } from '../schema';
import type { AnswerValue, Answers } from '../types';

/** A free brochure website of a domestic company in Zhejiang (outside the pilot), on mainland hosting. */
export const BASE: Answers = {
  forms: ['website'],
  hosting: 'mainland',
  operator: 'mainland-company',
  'foreign-share': 'none',
  activities: ['none-of-these'],
  revenue: ['none'],
  sectors: ['none'],
  location: 'zhejiang',
};

/** Answers filled in for questions a case leaves open but its path asks. */
const FILL: Record<string, AnswerValue> = {
  hosting: 'mainland',
  operator: 'mainland-company',
  'foreign-share': 'none',
  activities: ['none-of-these'],
  revenue: ['none'],
  sectors: ['none'],
  infrastructure: ['conferencing'],
  control: 'private',
  location: 'zhejiang',
  'shanghai-area': 'elsewhere',
  'guangdong-city': 'elsewhere',
  'hainan-area': 'island',
  'pilot-facilities': 'no',
  'investor-origin': 'other',
  operations: 'one-province',
  users: 'local',
};

/** The overrides on the base, with every question the path asks and they leave open answered from FILL. */
export function complete(overrides: Answers): Answers {
  let answers: Answers = { ...BASE, ...overrides };
  for (let changed = true; changed;) {
    changed = false;
    for (const q of askedQuestions(answers)) {
      if (answers[q.id] === undefined && Object.hasOwn(FILL, q.id)) {
        answers = { ...answers, [q.id]: FILL[q.id]! };
        changed = true;
      }
    }
  }
  // A case may only name options that exist: a misspelt or retired option would test nothing.
  for (const [id, value] of Object.entries(answers)) {
    const q = getQuestion(id);
    expect(q, id).toBeDefined();
    for (const v of Array.isArray(value) ? value : [value]) expect(optionIds(q!), `${id}=${String(v)}`).toContain(v);
  }
  return answers;
}

/** The ids of every rule that fired for these answers. */
export function firedRules(answers: Answers): Set<string> {
  const c = classify(answers);
  return new Set([...c.obligations, ...c.notNeeded, ...c.findings, ...c.greyAreas].flatMap((o) => o.because.map((r) => r.ruleId)));
}

export const MC_OVER_50 = { operator: 'mainland-company', 'foreign-share': 'over-50' } as const;
export const MC_UP_TO_50 = { operator: 'mainland-company', 'foreign-share': 'up-to-50' } as const;
export const PAID = { revenue: ['content-fees'] } as const;
