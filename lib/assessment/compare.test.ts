import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import { compareClassifications, noChanges } from './compare';
import { RULESETS } from './rulesets';
import { carryAnswers, rulesUpdate } from './updates';
import type { Answers } from './types';

const [V1, V2] = RULESETS as [(typeof RULESETS)[number], (typeof RULESETS)[number]];

/** A SaaS start-up, as answered under version 1. */
const SAAS_V1: Answers = {
  hosting: 'mainland',
  forms: ['website'],
  operator: 'mainland-company',
  'foreign-share': 'none',
  revenue: ['subscriptions'],
  activities: ['none'],
  sectors: ['none'],
  regions: 'one-province',
};

describe('compareClassifications', () => {
  it('the same classification has no changes', () => {
    const c = classify(SAAS_V1, V1);
    expect(noChanges(compareClassifications(c, c))).toBe(true);
  });

  it('lists added and removed items, and changed sub-items, codes and confidence', () => {
    const base = { ...SAAS_V1, revenue: ['paid-content'], regions: 'one-province-local' };
    const from = classify({ ...base, activities: ['community'] }, V2);
    const to = classify({ ...base, activities: ['others-publish'], hosting: 'mainland' }, V2);
    const changes = compareClassifications(from, to);
    expect(changes.changed).toEqual([
      {
        kind: 'obligation',
        id: 'icp-licence',
        subItemsAdded: ['release-delivery'],
        subItemsRemoved: ['community'],
        codesAdded: [],
        codesRemoved: [],
      },
    ]);
    const infra = (codes: string[]) =>
      classify(
        {
          ...SAAS_V1,
          revenue: ['infrastructure-fees'],
          activities: ['infrastructure'],
          infrastructure: codes,
          regions: 'one-province-local',
        },
        V2,
      );
    expect(compareClassifications(infra(['cloud']), infra(['cdn', 'email'])).changed).toMatchObject([
      { id: 'vats-other', codesAdded: ['B12', 'B23'], codesRemoved: ['B11'] },
    ]);
    const offshore = classify({ ...SAAS_V1, hosting: 'offshore' }, V2);
    const onshore = classify({ ...SAAS_V1, regions: 'one-province-local' }, V2);
    const moved = compareClassifications(onshore, offshore);
    expect(moved.removed).toContainEqual({ kind: 'obligation', id: 'icp-licence' });
    expect(moved.added).toContainEqual({ kind: 'grey', id: 'offshore-serving' });
  });
});

describe('old links', () => {
  it('carries version 1 answers into version 2: retired options are asked again, new "not sure" questions filled', () => {
    expect(carryAnswers(SAAS_V1, V1, V2)).toEqual({ answers: { ...SAAS_V1, regions: 'not-sure' }, missing: null });
    const search = carryAnswers({ ...SAAS_V1, activities: ['search'] }, V1, V2);
    expect(search.missing).toBe('activities');
    expect(search.answers).not.toHaveProperty('activities');
  });

  it('a version 1 SaaS link: as issued the licence was high; now it is low, with the cross-regional grey area', () => {
    const update = rulesUpdate(SAAS_V1, V1, V2);
    expect(update.asIssued.version).toBe('1');
    expect(update.current?.version).toBe('2');
    expect(update.changes?.changed).toContainEqual(
      expect.objectContaining({ id: 'icp-licence', confidence: { from: 'medium', to: 'low' } }),
    );
    expect(update.changes?.added).toContainEqual({ kind: 'grey', id: 'cross-regional-trigger' });
  });

  it('a version 1 link whose answers need a new answer has no current result yet', () => {
    const update = rulesUpdate({ ...SAAS_V1, sectors: ['news'] }, V1, V2);
    expect(update.missing).toBe('sectors');
    expect(update.current).toBeNull();
    expect(update.changes).toBeNull();
  });
});
