import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// End-to-end tests run against the production build (`next build` happens before, in `npm test`).
const PORT = Number(process.env.E2E_PORT ?? 3100);
// A new enquiry database for each run; set here once so the test workers (which inherit it) open the same file.
process.env.E2E_ENQUIRY_DB ??= join(tmpdir(), `icp-e2e-${PORT}-${Date.now()}`, 'enquiries.sqlite');
/**
 * The browser: Debian's chromium-headless-shell (Chromium's old headless mode, the one Playwright itself prefers for
 * headless runs), which ran the decision and explore specs in 35 s against 66 s for the full browser in its new
 * headless mode on two cores; the full browser where the shell is absent. CHROMIUM_PATH overrides both.
 */
export const CHROMIUM_EXECUTABLE =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  // Only the specs: e2e/bench/*.test.ts are unit tests of the bench (vitest).
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npm start -- -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Many enquiries come from one address and e-mail here, so the rate limits (unit-tested) are set out of the way.
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      ENQUIRY_DB_PATH: process.env.E2E_ENQUIRY_DB,
      ENQUIRY_RATE_LIMIT: '10000',
      // The tests play the one trusted reverse proxy: an X-Forwarded-For they send names the client (sign-in throttle).
      TRUST_PROXY_HOPS: '1',
      ENQUIRY_EMAIL_LIMIT: '10000',
      ENQUIRY_PHONE_LIMIT: '10000',
      ENQUIRY_SITE_LIMIT_PER_HOUR: '10000',
    },
  },
});
