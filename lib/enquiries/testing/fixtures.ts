import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openSqliteStore } from '../store/sqlite';
import { openPostgresStore } from '../store/postgres';
import type { EnquiryStore } from '../store/store';
import type { NewEnquiry } from '../types';
import { freshDatabase } from './postgres';

/** The two databases every storage test runs on; each `open` reopens the same database (a restart). */
export type StoreKind = { name: 'sqlite' | 'postgres'; create: () => Promise<() => EnquiryStore> };

let databases = 0;

export const STORE_KINDS: StoreKind[] = [
  {
    name: 'sqlite',
    create: async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'icp-enq-')), 'enquiries.sqlite');
      return () => openSqliteStore(path);
    },
  },
  {
    name: 'postgres',
    create: async () => {
      const server = inject('postgresUrl');
      if (!server) throw new Error('no PostgreSQL for this run');
      const url = await freshDatabase(server, `enq_${process.pid}_${++databases}_${Date.now()}`);
      return () => openPostgresStore(url);
    },
  },
];

/** The kinds this run can test: PostgreSQL is left out only when ENQUIRY_TEST_SKIP_POSTGRES=1. */
export function storeKinds(): StoreKind[] {
  return inject('postgresUrl') ? STORE_KINDS : STORE_KINDS.filter((k) => k.name === 'sqlite');
}

/** A valid enquiry with a fresh idempotency key. */
export function sampleEnquiry(overrides: Partial<NewEnquiry> = {}): NewEnquiry {
  return {
    idempotencyKey: randomUUID(),
    locale: 'en',
    name: 'Li Wei',
    company: 'Example Trading Ltd',
    email: 'li.wei@example.com',
    phone: '',
    wechat: '',
    preferredLanguage: 'zh',
    message: 'We run a marketplace app and want to launch in China.',
    result: {
      url: 'http://localhost:3000/en/assessment/result?v=1&service=marketplace',
      rulesetVersion: '1',
      answers: { service: 'marketplace', features: ['payments', 'ugc'] },
    },
    ...overrides,
  };
}
