import type { Channel, Delivery, NewEnquiry, StoredEnquiry } from '../types';

/**
 * Durable storage for enquiries and their outbox of deliveries. Two implementations share one set of tests:
 * SQLite (the default, one file) and PostgreSQL (DATABASE_URL), for several web servers sharing one store.
 */
export interface EnquiryStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies the migrations not yet applied; safe to call from several processes at once. */
  migrate(): Promise<void>;
  /**
   * Stores an enquiry and one pending delivery per channel in one transaction. With a key already stored,
   * returns the enquiry stored first and `created: false`.
   */
  insert(enquiry: NewEnquiry, channels: readonly Channel[], now: Date): Promise<{ enquiry: StoredEnquiry; created: boolean }>;
  /** All enquiries, oldest first; from `since` when given. */
  list(since?: Date): Promise<StoredEnquiry[]>;
  findByReference(reference: string): Promise<StoredEnquiry | null>;
  findByIdempotencyKey(key: string): Promise<StoredEnquiry | null>;
  /** Deletes enquiries (and their deliveries) received before `cutoff`; returns how many. */
  deleteOlderThan(cutoff: Date): Promise<number>;
  /**
   * Leases up to `limit` pending deliveries that are due, counting the attempt, so no other process
   * takes them until `leaseUntil`; a process that dies mid-delivery leaves them to be taken after it.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number): Promise<Array<{ delivery: Delivery; enquiry: StoredEnquiry }>>;
  markDelivered(deliveryId: number, now: Date): Promise<void>;
  /** Records a failed attempt: retried at `retryAt`, or given up (status failed) when it is null. */
  markFailed(deliveryId: number, error: string, retryAt: Date | null): Promise<void>;
  /** Puts failed deliveries back in the queue, due now; returns how many. */
  retryFailed(now: Date): Promise<number>;
  deliveries(): Promise<Delivery[]>;
  /** Plain SQL on the same database, for the staff inbox (lib/inbox/store.ts), written once for both databases. */
  readonly sql: SqlRunner;
  close(): Promise<void>;
}

/**
 * SQL that both databases accept, with `?` placeholders (PostgreSQL gets $1, $2, …). Date parameters are
 * stored as TIMESTAMPTZ in PostgreSQL and as ISO text in SQLite; read them back with `new Date(value)`.
 */
export interface SqlRunner {
  /** The rows a query (or a statement with RETURNING) gives. */
  all<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs a statement; returns how many rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>;
  /** Runs statements in one transaction: all or none. */
  batch(statements: ReadonlyArray<readonly [string, readonly unknown[]]>): Promise<void>;
}
