// Writes the frozen results of a ruleset version: `npx tsx lib/assessment/rulesets/freeze-cli.ts 3`.
// Run it once, when the version is frozen (see lib/assessment/README.md), never to make a failing test pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rulesetFor } from '.';
import { codesFixture } from './fixture';

const version = process.argv[2] ?? '';
const ruleset = rulesetFor(version);
if (!ruleset) throw new Error(`no ruleset version ${JSON.stringify(version)}`);
const dir = path.join(import.meta.dirname, `v${version}`, 'fixtures');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'codes.json'), `${JSON.stringify(codesFixture(ruleset))}\n`);
console.log(`wrote ${dir}`);
