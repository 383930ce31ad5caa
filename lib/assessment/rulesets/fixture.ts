/** Test helper: the frozen results of a ruleset version, kept under rulesets/v<N>/fixtures/. Not part of the public API. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { classify } from '../classify';
import { decodeAnswers } from '../codec';
import { decodeResultCode, encodeResultCode, type RawAnswers } from '../result-code';
import { completeAnswersFor } from '../testing/arbitraries';
import { completePaths, singles } from '../test-paths';
import type { Answers, Classification } from '../types';
import type { Ruleset } from '.';

export const FIXTURE_SEED = 20261127;
export const FIXTURE_SIZE = 300;
/** How many seeded answer sets a codes fixture holds (version 2 on): a few dozen kilobytes of codes. */
export const CODES_SIZE = 2000;

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
/**
 * A frozen version's results, small: seeded random complete answer sets as their result codes, and one digest of
 * every code with its classification. The codes are read back by the code reader, so the check does not depend on
 * the generator that drew them.
 */
export interface CodesFixture {
  version: string;
  seed: number;
  codes: string[];
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

function raw(answers: Answers): RawAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      typeof value === 'boolean' ? [value ? 'yes' : 'no'] : Array.isArray(value) ? value : [value as string],
    ]),
  );
}

/** The answers a code of `ruleset` holds, read as any link is (null when it does not read). */
export function answersOfCode(code: string, ruleset: Ruleset): Answers | null {
  const read = decodeResultCode(code, ruleset.questions);
  if (!read) return null;
  const query = new URLSearchParams(Object.entries(read).map(([id, values]) => [id, values.join(',')]));
  const decoded = decodeAnswers(query, ruleset);
  return decoded.issues.length === 0 ? decoded.answers : null;
}

/** The digest of codes with the classification each one's answers get under `ruleset`. */
export function codesDigest(codes: readonly string[], ruleset: Ruleset): string {
  const hash = createHash('sha256');
  for (const code of codes) {
    const answers = answersOfCode(code, ruleset);
    hash.update(JSON.stringify([code, answers && classify(answers, ruleset)]));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Seeded random complete answer sets of `ruleset` as codes, and the digest of their classifications. */
export function codesFixture(ruleset: Ruleset, size = CODES_SIZE): CodesFixture {
  const sample = fc.sample(completeAnswersFor(ruleset), { numRuns: size, seed: FIXTURE_SEED });
  const codes = sample.map((answers) => encodeResultCode(ruleset.version, ruleset.questions, raw(answers)));
  return { version: ruleset.version, seed: FIXTURE_SEED, codes, sha256: codesDigest(codes, ruleset) };
}
