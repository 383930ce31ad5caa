import type { SqlRunner } from '@/lib/enquiries/store/store';
import type { OutboxQueue } from '@/lib/enquiries/outbox';
import type { DeliveryStatus } from '@/lib/enquiries/types';
import { isLocale, DEFAULT_LOCALE, type Locale } from '@/lib/i18n/routing';
import type { Mail } from './mail/frame';
import type { Statement } from './store';

/**
 * The subscriptions' outbox (migration 6): every message is rendered when it is queued and stored with its address,
 * then sent by the enquiries' outbox worker (lib/enquiries/outbox.ts: leased, retried with back-off, given up after
 * the same number of attempts). Each message has a key saying what it is (`result:<subscription>`,
 * `changed:<subscription>:<version>`, …), unique in the table, so a second run queues nothing twice.
 */
export type MessageKind = 'confirm' | 'result' | 'changed' | 'reminder' | 'manage';

export type NewMessage = {
  dedupeKey: string;
  kind: MessageKind;
  /** The subscription it is about; null for the link to an address's subscriptions. */
  subscriptionId: string | null;
  addressKey: string;
  to: string;
  locale: Locale;
  mail: Mail;
  /** RFC 8058's one-click address, for List-Unsubscribe. */
  unsubscribeUrl: string;
};

export type WatchMessage = NewMessage & {
  id: number;
  /** What the outbox's log names it by. */
  reference: string;
  createdAt: Date;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  deliveredAt: Date | null;
};

type Row = {
  id: number | string;
  subscription_id: string | null;
  address_key: string;
  dedupe_key: string;
  kind: string;
  to_email: string;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  unsubscribe_url: string;
  created_at: Date | string;
  status: string;
  attempts: number;
  last_error: string | null;
  delivered_at: Date | string | null;
};

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

function toMessage(r: Row): WatchMessage {
  return {
    id: Number(r.id),
    reference: `${r.kind} message ${r.id}`,
    dedupeKey: r.dedupe_key,
    kind: r.kind as MessageKind,
    subscriptionId: r.subscription_id,
    addressKey: r.address_key,
    to: r.to_email,
    locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE,
    mail: { subject: r.subject, text: r.text_body, html: r.html_body },
    unsubscribeUrl: r.unsubscribe_url,
    createdAt: date(r.created_at),
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    lastError: r.last_error,
    deliveredAt: r.delivered_at === null ? null : date(r.delivered_at),
  };
}

/** The statement that queues a message, due now; nothing when a message with its key is already queued or sent. */
export function enqueue(m: NewMessage, now: Date): Statement {
  return [
    `INSERT INTO watch_messages (subscription_id, address_key, dedupe_key, kind, to_email, locale, subject, text_body, html_body,
       unsubscribe_url, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      m.subscriptionId,
      m.addressKey,
      m.dedupeKey,
      m.kind,
      m.to,
      m.locale,
      m.mail.subject,
      m.mail.text,
      m.mail.html,
      m.unsubscribeUrl,
      now,
      now,
    ],
  ];
}

/** The queue the outbox worker takes from. PostgreSQL skips rows another server has locked; SQLite's writer is alone. */
export function watchQueue(sql: SqlRunner, kind: 'sqlite' | 'postgres'): OutboxQueue<WatchMessage> {
  const skipLocked = kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  return {
    async claimDue(now, leaseUntil, limit) {
      const rows = await sql.all<Row>(
        `UPDATE watch_messages SET locked_until = ?, attempts = attempts + 1
          WHERE id IN (SELECT id FROM watch_messages WHERE status = 'pending' AND next_attempt_at <= ?
            AND (locked_until IS NULL OR locked_until <= ?) ORDER BY next_attempt_at, id LIMIT ${Math.floor(limit)}${skipLocked})
          RETURNING *`,
        [leaseUntil, now, now],
      );
      return rows
        .map(toMessage)
        .sort((a, b) => a.id - b.id)
        .map((m) => ({ delivery: { id: m.id, channel: 'email' as const, attempts: m.attempts }, enquiry: m }));
    },
    async markDelivered(id, now) {
      await sql.run(
        `UPDATE watch_messages SET status = 'delivered', delivered_at = ?, locked_until = NULL, last_error = NULL WHERE id = ?`,
        [now, id],
      );
    },
    async markFailed(id, error, retryAt) {
      if (retryAt)
        await sql.run(`UPDATE watch_messages SET next_attempt_at = ?, locked_until = NULL, last_error = ? WHERE id = ?`, [
          retryAt,
          error,
          id,
        ]);
      else await sql.run(`UPDATE watch_messages SET status = 'failed', locked_until = NULL, last_error = ? WHERE id = ?`, [error, id]);
    },
  };
}

/** Every message, oldest first (the command's `deliveries`, and tests). */
export async function allMessages(sql: SqlRunner): Promise<WatchMessage[]> {
  return (await sql.all<Row>(`SELECT * FROM watch_messages ORDER BY id`)).map(toMessage);
}

/** Puts messages given up on back in the queue, due now; how many. */
export async function retryFailedMessages(sql: SqlRunner, now: Date): Promise<number> {
  return sql.run(`UPDATE watch_messages SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE status = 'failed'`, [now]);
}

/** Deletes messages delivered or given up on before `cutoff` (they hold the address and what was sent); how many. */
export async function forgetOldMessages(sql: SqlRunner, cutoff: Date): Promise<number> {
  return sql.run(`DELETE FROM watch_messages WHERE status <> 'pending' AND created_at < ?`, [cutoff]);
}
