import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * Starts PostgreSQL once for the unit tests, so the storage tests run on both databases. Without PostgreSQL
 * installed this fails, unless ENQUIRY_TEST_SKIP_POSTGRES=1 says to run the SQLite half alone.
 */
export default async function setup(project: TestProject) {
  if (process.env.ENQUIRY_TEST_SKIP_POSTGRES === '1') {
    project.provide('postgresUrl', null);
    return;
  }
  const server = await startTestPostgres();
  if (!server) {
    throw new Error(
      'PostgreSQL is not installed (apt-get install postgresql, or run `sh .ci/ensure-tools`); set ENQUIRY_TEST_SKIP_POSTGRES=1 to test SQLite alone.',
    );
  }
  project.provide('postgresUrl', server.url);
  return server.stop;
}
