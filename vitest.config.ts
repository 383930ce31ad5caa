import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** The test files that replace modules with vi.mock: run isolated (lib/build/test-isolation.test.ts finds them). */
const MOCKING = ['lib/inbox/staff-actions.test.ts'];
const TESTS = ['lib/**/*.test.ts', 'components/**/*.test.ts', 'e2e/bench/**/*.test.ts'];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    // The machine is shared with builds and browsers: property tests and content compiles get room, not a race.
    testTimeout: 30_000,
    // Test files share their worker's modules instead of loading them afresh each (the classifier, content, messages):
    // the suite took 100 s instead of 164 s on two cores. Files that mock modules (vi.mock) keep a fresh module registry
    // of their own, so a mock never reaches another file; every spy is restored after its test.
    projects: [
      { extends: true, test: { name: 'shared', include: TESTS, isolate: false, exclude: [...configDefaults.exclude, ...MOCKING] } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
    // next-intl's ESM imports `next/server` without a file extension, which Node alone does not resolve: let Vite do it.
    server: { deps: { inline: ['next-intl'] } },
    // PostgreSQL for the enquiry storage tests (they run on SQLite and on PostgreSQL).
    globalSetup: ['lib/enquiries/testing/global-setup.ts'],
  },
});
