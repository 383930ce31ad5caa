import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname);

/** The classifier's own modules: not its tests, test helpers or command-line tools. */
function modules(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : modules(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$|-cli\.ts$/.test(entry.name) ? [file] : [];
  });
}

describe('the classifier (lib/assessment)', () => {
  it('does no I/O and knows no framework: its sources, content and pages come to it as data', () => {
    const files = modules(root);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const imports = [...fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports)
        expect(spec, `${path.relative(root, file)} imports ${spec}`).not.toMatch(
          /^(node:(?!crypto$)|fs$|path$|next\b|react\b|@\/lib\/(?!assessment\/))/,
        );
    }
  });
});
