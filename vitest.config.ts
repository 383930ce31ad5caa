import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'e2e/bench/**/*.test.ts'],
    environment: 'node',
    // The machine is shared with builds and browsers: property tests and content compiles get room, not a race.
    testTimeout: 30_000,
    // next-intl's ESM imports `next/server` without a file extension, which Node alone does not resolve: let Vite do it.
    server: { deps: { inline: ['next-intl'] } },
    // PostgreSQL for the enquiry storage tests (they run on SQLite and on PostgreSQL).
    globalSetup: ['lib/enquiries/testing/global-setup.ts'],
  },
});
