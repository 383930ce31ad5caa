import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { rulesetFor } from '.';
import { FIXTURE_SEED, FIXTURE_SIZE, pathsFixture, sampleFixture, type PathsFixture, type SampleFixture } from './fixture';
import v1Paths from './v1/fixtures/paths.json';
import v1Sample from './v1/fixtures/sample.json';

/** Every frozen version with the results recorded when it was frozen. Add a row when you freeze a version. */
const FROZEN: { version: string; sample: SampleFixture; paths: PathsFixture }[] = [
  { version: '1', sample: v1Sample as unknown as SampleFixture, paths: v1Paths },
];

describe.each(FROZEN)('frozen ruleset version $version', ({ version, sample, paths }) => {
  const ruleset = rulesetFor(version)!;

  it('exists and the fixture is the full seeded sample', () => {
    expect(ruleset).toBeDefined();
    expect(sample.version).toBe(version);
    expect(sample.seed).toBe(FIXTURE_SEED);
    expect(sample.cases).toHaveLength(FIXTURE_SIZE);
  });

  it('classifies every recorded answer set exactly as recorded', () => {
    const wrong = sample.cases.filter((c) => JSON.stringify(classify(c.answers, ruleset)) !== JSON.stringify(c.classification));
    expect(wrong.slice(0, 2)).toEqual([]);
    // The generator still draws the same answer sets.
    expect(sampleFixture(ruleset).cases.map((c) => c.answers)).toEqual(sample.cases.map((c) => c.answers));
  });

  it('gives the recorded result on every single-option path', { timeout: 60_000 }, () => {
    expect(pathsFixture(ruleset)).toEqual(paths);
  });
});
