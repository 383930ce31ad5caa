import type { EnquiryConfig } from '../config';
import type { EnquiryStore } from './store';
import { fillDerivedColumns } from './derived';

export type { EnquiryStore } from './store';

/** Opens the configured store (PostgreSQL when DATABASE_URL is set, else the SQLite file), migrates it and fills derived columns. */
export async function openStore(database: EnquiryConfig['database']): Promise<EnquiryStore> {
  // Each driver is loaded only when used, so a SQLite site never loads pg and the reverse.
  const store =
    database.kind === 'postgres'
      ? (await import('./postgres')).openPostgresStore(database.url)
      : (await import('./sqlite')).openSqliteStore(database.path);
  await store.migrate();
  await fillDerivedColumns(store.sql);
  return store;
}
