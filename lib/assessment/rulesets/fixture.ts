/** Test helper: the frozen results of a ruleset version, kept under rulesets/v<N>/fixtures/. Not part of the public API. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { classify } from '../classify';
import { completeAnswersFor } from '../testing/arbitraries';
import { completePaths, singles } from '../test-paths';
import type { Answers, Classification } from '../types';
import type { Ruleset } from '.';

export const FIXTURE_SEED = 20261127;
export const FIXTURE_SIZE = 300;

export interface SampleFixture {
  version: string;
  seed: number;
  cases: { answers: Answers; classification: Classification }[];
}
export interface PathsFixture {
  version: string;
  paths: number;
  sha256: string;
}

/** A fixed sample of random complete answer sets (seeded) with their classification under `ruleset`. */
export function sampleFixture(ruleset: Ruleset): SampleFixture {
  const sample = fc.sample(completeAnswersFor(ruleset), { numRuns: FIXTURE_SIZE, seed: FIXTURE_SEED });
  return {
    version: ruleset.version,
    seed: FIXTURE_SEED,
    cases: sample.map((answers) => ({ answers, classification: classify(answers, ruleset) })),
  };
}

/** Every single-option path (test-paths.ts) and a digest of each path's answers and classification, in walk order. */
export function pathsFixture(ruleset: Ruleset): PathsFixture {
  const hash = createHash('sha256');
  let paths = 0;
  for (const answers of completePaths(singles, {}, ruleset)) {
    paths++;
    hash.update(JSON.stringify([answers, classify(answers, ruleset)]));
    hash.update('\n');
  }
  return { version: ruleset.version, paths, sha256: hash.digest('hex') };
}
