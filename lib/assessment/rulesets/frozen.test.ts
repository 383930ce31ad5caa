import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { nextQuestion } from '../flow';
import { CURRENT_RULESET, RULESETS, rulesetFor } from '.';
import { CURRENT_TABLE, QUESTION_TABLES } from './tables';
import {
  answersOfCode,
  CODES_SIZE,
  codesDigest,
  FIXTURE_SEED,
  FIXTURE_SIZE,
  pathsFixture,
  sampleFixture,
  type CodesFixture,
  type PathsFixture,
  type SampleFixture,
} from './fixture';
import v1Paths from './v1/fixtures/paths.json';
import v1Sample from './v1/fixtures/sample.json';
import v2Codes from './v2/fixtures/codes.json';

/** Version 1's frozen results: answer sets with their classification, and a digest of every single-option path. */
const V1: { version: string; sample: SampleFixture; paths: PathsFixture } = {
  version: '1',
  sample: v1Sample as unknown as SampleFixture,
  paths: v1Paths,
};
/** Versions frozen since, as codes and a digest. Add a row when you freeze a version. */
const FROZEN_CODES: CodesFixture[] = [v2Codes];

describe('frozen ruleset version 1', () => {
  const ruleset = rulesetFor(V1.version)!;

  it('exists and the fixture is the full seeded sample', () => {
    expect(ruleset).toBeDefined();
    expect(V1.sample.version).toBe(V1.version);
    expect(V1.sample.seed).toBe(FIXTURE_SEED);
    expect(V1.sample.cases).toHaveLength(FIXTURE_SIZE);
  });

  it('classifies every recorded answer set exactly as recorded', () => {
    const wrong = V1.sample.cases.filter((c) => JSON.stringify(classify(c.answers, ruleset)) !== JSON.stringify(c.classification));
    expect(wrong.slice(0, 2)).toEqual([]);
    // The generator still draws the same answer sets.
    expect(sampleFixture(ruleset).cases.map((c) => c.answers)).toEqual(V1.sample.cases.map((c) => c.answers));
  });

  it('gives the recorded result on every single-option path', { timeout: 60_000 }, () => {
    expect(pathsFixture(ruleset)).toEqual(V1.paths);
  });
});

describe.each(FROZEN_CODES)('frozen ruleset version $version', (fixture) => {
  const ruleset = rulesetFor(fixture.version)!;

  it('exists and every recorded code reads as a complete answer set of its version', () => {
    expect(ruleset).toBeDefined();
    expect(fixture.codes).toHaveLength(CODES_SIZE);
    expect(fixture.seed).toBe(FIXTURE_SEED);
    const unread = fixture.codes.filter((code) => {
      const answers = answersOfCode(code, ruleset);
      return answers === null || nextQuestion(answers, ruleset) !== null;
    });
    expect(unread).toEqual([]);
  });

  it('classifies every recorded code as it did when the version was frozen', () => {
    expect(codesDigest(fixture.codes, ruleset)).toBe(fixture.sha256);
  });
});

describe('the current question table (current-table.ts, what the browser loads)', () => {
  it('is the current ruleset’s, and the last of every version’s tables', () => {
    expect(CURRENT_TABLE.version).toBe(CURRENT_RULESET.version);
    expect(CURRENT_TABLE.questions).toBe(CURRENT_RULESET.questions);
    expect(QUESTION_TABLES.at(-1)).toBe(CURRENT_TABLE);
    expect(QUESTION_TABLES.map((t) => t.version)).toEqual(RULESETS.map((r) => r.version));
  });
});
