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
import { classify, decodeAnswers, rulesetFor } from '@/lib/assessment';

/**
 * A complete answer set under ruleset version 1's questions (frozen), as an attached result stores it:
 * a marketplace with majority foreign ownership, so its result has obligations, findings and a grey area.
 */
export const SAMPLE_ANSWERS: Record<string, string> = {
  activities: 'community,third-party-trade',
  'foreign-share': 'over-50',
  forms: 'app,website',
  hosting: 'mainland',
  operator: 'mainland-company',
  'pilot-zone': 'no',
  regions: 'one-province',
  revenue: 'commissions,subscriptions',
  sectors: 'none',
};

/** The classification the visitor saw for SAMPLE_ANSWERS (throws if the answers stop being complete and valid). */
export function sampleClassification() {
  // Ruleset version 1 is frozen, so these answers and their result stay valid whatever later versions change.
  const ruleset = rulesetFor('1')!;
  const { answers, issues } = decodeAnswers(SAMPLE_ANSWERS, ruleset);
  if (issues.length > 0) throw new Error(`SAMPLE_ANSWERS no longer fit the questions: ${JSON.stringify(issues)}`);
  return classify(answers, ruleset);
}

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
      url: `http://localhost:3000/en/assessment/result?${new URLSearchParams({ ...SAMPLE_ANSWERS, v: '1' })}`,
      rulesetVersion: '1',
      answers: { ...SAMPLE_ANSWERS },
      classification: sampleClassification(),
    },
    ...overrides,
  };
}
