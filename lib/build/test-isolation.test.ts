import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(file);
    return entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('test isolation (vitest.config.ts)', () => {
  it('runs every file that mocks a module in the isolated project', () => {
    const config = fs.readFileSync(path.join(root, 'vitest.config.ts'), 'utf8');
    const mocking = ['lib', 'components', 'e2e/bench']
      .flatMap(testFiles)
      .filter((file) => /\bvi\.mock\(/.test(fs.readFileSync(path.join(root, file), 'utf8')))
      .filter((file) => file !== path.join('lib', 'build', 'test-isolation.test.ts'));
    expect(mocking.length).toBeGreaterThan(0);
    for (const file of mocking) expect(config, `${file} mocks a module: add it to MOCKING`).toContain(`'${file}'`);
  });
});
